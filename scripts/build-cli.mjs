// `npm install`'s prepare step: bundles the CLI ahead of time, so the first `curvature` start is as fast as the rest.
import { buildCli } from '../bin/cliBuild.mjs';

const { id } = await buildCli();
process.stdout.write(`curvature: CLI built (out/cli-${id})\n`);
