import { type Objective } from '../../core/index.ts';
import type { RunResult, RunsRequest } from './protocol.ts';
/** Runs every visible run of the request with the core's optimizers, with the local models at each iterate. */
export declare function computeRuns(objective: Objective, request: RunsRequest): RunResult[];
