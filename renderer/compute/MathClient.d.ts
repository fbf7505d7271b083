import type { Channel, FromWorker, ReplyOf, Request, ToWorker, GridPayload } from './protocol.ts';
/** Thrown (as a rejection) to a caller whose request was overtaken by a newer one of its kind. */
export declare class Superseded extends Error {
    readonly channel: Channel;
    constructor(channel: Channel);
}
/** Anything that carries messages to and from the math worker (a Worker, or a test double). */
export interface WorkerPort {
    postMessage(message: ToWorker, transfer?: Transferable[]): void;
    onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
    terminate?(): void;
}
/**
 * The page's only door to the mathematics: typed requests with ids. Per channel the latest request
 * wins: an older one still in flight is rejected with `Superseded` at once, and its reply, if the
 * worker sends one, is dropped.
 */
export declare class MathClient {
    private readonly port;
    private nextId;
    private readonly pending;
    private readonly latest;
    constructor(port: WorkerPort);
    static start(): MathClient;
    request<K extends Channel>(request: Extract<Request, {
        kind: K;
    }>): Promise<ReplyOf[K]>;
    /** Gives a grid's buffers back to the worker once their contents are copied into the scene. */
    recycle(grid: GridPayload): void;
    dispose(): void;
    private receive;
}
