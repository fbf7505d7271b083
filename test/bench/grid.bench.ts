// Grid sampling and per-point costs of compiled objectives against hand-written JavaScript.
import { create, all } from 'mathjs';
import { compileObjective, findPreset, sampleGrid, type Objective, type SurfaceGrid } from '../../core/index.ts';
import { HAND_WRITTEN, type HandWritten } from './support/handWritten.ts';
import { medianMs, medianPairMs, report } from './support/measure.ts';

const SIZE = 512;

/** The same loop as sampleGrid, over the hand-written formula, into the same kind of buffers. */
function handSampledGrid(f: HandWritten, grid: SurfaceGrid): void {
  const { nx, ny, heights, slopes, finite } = grid;
  const [x0, x1] = grid.domain.x;
  const [y0, y1] = grid.domain.y;
  const dx = (x1 - x0) / (nx - 1);
  const dy = (y1 - y0) / (ny - 1);
  const sample = new Float64Array(3);
  let min = Infinity;
  let max = -Infinity;
  for (let j = 0, k = 0; j < ny; j++) {
    const y = y0 + j * dy;
    for (let i = 0; i < nx; i++, k++) {
      f.valueAndGradient(x0 + i * dx, y, sample);
      const value = sample[0]!;
      if (Number.isFinite(value)) {
        heights[k] = value;
        slopes[2 * k] = sample[1]!;
        slopes[2 * k + 1] = sample[2]!;
        finite[k] = 1;
        if (value < min) min = value;
        if (value > max) max = value;
      } else {
        finite[k] = 0;
      }
    }
  }
  if (min > max) throw new Error('no finite samples');
}

function compiled(name: string): Objective {
  const result = compileObjective(findPreset(name)!.expression);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** ns per call of `body` over a fixed walk of points. */
function nsPerPoint(body: (x: number, y: number) => void, points = 200_000): number {
  const ms = medianMs(() => walk(body, points), 9, 3);
  return (ms * 1e6) / points;
}

function walk(body: (x: number, y: number) => void, points: number): void {
  for (let i = 0; i < points; i++) body(-1.5 + (i % 997) * 0.003, -0.5 + (i % 991) * 0.003);
}

/** ns per point of two bodies, timed in alternation. */
function nsPerPointPair(a: (x: number, y: number) => void, b: (x: number, y: number) => void, points = 200_000): [number, number] {
  const [ta, tb] = medianPairMs(
    () => walk(a, points),
    () => walk(b, points),
    9,
    3,
  );
  return [(ta * 1e6) / points, (tb * 1e6) / points];
}

process.stdout.write(`Grid sampling, ${SIZE}x${SIZE}, heights + exact slopes + hole mask (medians of 21, alternating)\n`);
for (const name of ['rosenbrock', 'ackley', 'goldstein-price'] as const) {
  const objective = compiled(name);
  const options = { domain: findPreset(name)!.domain, nx: SIZE, ny: SIZE };
  let grid = sampleGrid(objective, options);
  const floorGrid = sampleGrid(objective, options);
  const [time, floor] = medianPairMs(
    () => (grid = sampleGrid(objective, options, grid)),
    () => handSampledGrid(HAND_WRITTEN[name], floorGrid),
  );
  report(`sampleGrid ${name}`, time, floor, 'ms', 1.5);
}

process.stdout.write('\nPer point (ns), compiled vs hand-written\n');
const out = new Float64Array(6);
for (const name of ['rosenbrock', 'ackley', 'goldstein-price'] as const) {
  const objective = compiled(name);
  const hand = HAND_WRITTEN[name];
  let sink = 0;
  report(
    `${name} value`,
    ...nsPerPointPair(
      (x, y) => (sink += objective.value(x, y)),
      (x, y) => (sink += hand.value(x, y)),
    ),
    'ns',
  );
  report(
    `${name} gradient`,
    ...nsPerPointPair(
      (x, y) => objective.gradient(x, y, out),
      (x, y) => hand.gradient(x, y, out),
    ),
    'ns',
  );
  report(
    `${name} hessian (floor: hand gradient)`,
    ...nsPerPointPair(
      (x, y) => objective.hessian(x, y, out),
      (x, y) => hand.gradient(x, y, out),
    ),
    'ns',
  );
  if (sink === 42) process.stdout.write(' ');
}

// What an interpreter would cost: mathjs's compiled evaluate, per Rosenbrock value.
const math = create(all!);
const code = math.compile(findPreset('rosenbrock')!.expression);
const scope = { x: 0, y: 0 };
const objective = compiled('rosenbrock');
let sink = 0;
const viaMathjs = nsPerPoint((x, y) => {
  scope.x = x;
  scope.y = y;
  sink += code.evaluate(scope) as number;
}, 50_000);
report(
  'rosenbrock value via mathjs evaluate',
  viaMathjs,
  nsPerPoint((x, y) => (sink += objective.value(x, y))),
  'ns',
);
