// Networks: a 51x51 slice of a 2-16-16-2 relu network's loss on 300 rows of spirals, and the top three
// Hessian eigenvalues there, against PyTorch on the CPU doing the same in the same run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bindNetwork } from '../../core/network/bindNetwork.ts';
import { randomDirections } from '../../core/network/directions.ts';
import { topHessianEigen } from '../../core/network/hessianSpectrum.ts';
import { initialiseNetwork } from '../../core/network/initialiseNetwork.ts';
import { networkObjective } from '../../core/network/networkObjective.ts';
import { sliceGrid, sliceObjective } from '../../core/network/sliceObjective.ts';
import { medianMs, report } from './support/measure.ts';
import { builtinData } from '../support/builtinData.ts';

const SIZE = 51;
const SPAN = 1;
const ROWS = 300;
const ROUNDS = 5;
/** Debian's Python, where python3-torch installs (a python3 earlier on PATH may lack it). */
const PYTHON = '/usr/bin/python3';
const peer = fileURLToPath(new URL('./support/torch_network.py', import.meta.url));

const spec = initialiseNetwork(
  { inputs: ['u1', 'u2'], target: 'label', loss: 'cross-entropy', widths: [16, 16, 2], activations: ['relu', 'relu', 'identity'] },
  1,
);
const bound = bindNetwork(spec, builtinData('spirals', ROWS, 1));
if (!bound.ok) throw new Error(bound.error.message);
const problem = bound.value;
const objective = networkObjective(problem);
const [d1, d2] = randomDirections(problem.layout, problem.theta, 0);
const slice = sliceObjective(objective, problem.theta, d1, d2);

let grid = sliceGrid(slice, SIZE, SPAN);
const sliceMs = medianMs(() => (grid = sliceGrid(slice, SIZE, SPAN)), ROUNDS, 1);
let top = topHessianEigen(objective, problem.theta, 3);
const eigenMs = medianMs(() => (top = topHessianEigen(objective, problem.theta, 3)), ROUNDS, 1);

process.stdout.write(
  `2-16-16-2 relu network (${objective.dimension} parameters), cross-entropy on ${ROWS} rows; top-3 eigenvalues ${top.values.map((v) => v.toPrecision(6)).join(', ')} after ${top.steps} Lanczos steps\n`,
);
const hasTorch = spawnSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0;
if (!hasTorch) {
  process.stdout.write(`slice ${SIZE}x${SIZE}: ${sliceMs.toFixed(1)} ms; top-3 eigenvalues: ${eigenMs.toFixed(1)} ms\n`);
  process.stdout.write(`PyTorch comparison skipped: ${PYTHON} cannot import torch (apt-get install -y python3-torch).\n`);
} else {
  const job = {
    sizes: problem.layout.sizes,
    activations: problem.layout.activations,
    inputs: Array.from(problem.inputs),
    targets: Array.from(problem.targets),
    theta: Array.from(problem.theta),
    d1: Array.from(d1),
    d2: Array.from(d2),
    size: SIZE,
    span: SPAN,
    steps: top.steps,
    rounds: ROUNDS,
  };
  const run = spawnSync(PYTHON, [peer], { input: JSON.stringify(job), encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`the PyTorch peer failed: ${run.stderr}`);
  const torch = JSON.parse(run.stdout) as { sliceMs: number; eigenMs: number; center: number; top: number[]; threads: number };
  // Both must have done the same work: the same loss at the centre, the same eigenvalues.
  const centre = grid.loss[(SIZE - 1) / 2]![(SIZE - 1) / 2]!;
  if (Math.abs(centre - torch.center) > 1e-12 * Math.max(1, centre)) throw new Error(`centre loss ${centre} vs torch ${torch.center}`);
  top.values.forEach((value, i) => {
    if (Math.abs(value - torch.top[i]!) > 1e-6 * Math.max(1, Math.abs(value)))
      throw new Error(`eigenvalue ${i}: ${value} vs torch ${torch.top[i]}`);
  });
  process.stdout.write(`PyTorch ${torch.threads} thread(s), float64; ratio = Curvature / PyTorch (target ≤ 1)\n`);
  report(`slice ${SIZE}x${SIZE} (${SIZE * SIZE} losses)`, sliceMs, torch.sliceMs, 'ms', 1);
  report(`top-3 Hessian eigenvalues (${top.steps} HVPs)`, eigenMs, torch.eigenMs, 'ms', 1);
}
