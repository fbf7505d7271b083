// A surface of a per-sample loss: the compiled mean over 1,000 rows against the same arithmetic written by hand.
import { builtinDataset, compilePerSampleObjective, sampleGrid, type Dataset, type Objective, type SurfaceGrid } from '../../core/index.ts';
import { medianPairMs, report } from './support/measure.ts';

const SIZE = 256;
const ROWS = 1000;

function dataset(id: string): Dataset {
  const made = builtinDataset(id, { rows: ROWS });
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

/** The least-squares mean and its gradient, one pass over the rows, as a person would write it. */
function handLeastSquares([u, v]: readonly Float64Array[]): Objective['valueAndGradient'] {
  return (x, y, out) => {
    let f = 0;
    let gx = 0;
    let gy = 0;
    for (let r = 0, n = u!.length; r < n; r++) {
      const ur = u![r]!;
      const residual = x * ur + y - v![r]!;
      f += residual * residual;
      gx += 2 * residual * ur;
      gy += 2 * residual;
    }
    out[0] = f / u!.length;
    out[1] = gx / u!.length;
    out[2] = gy / u!.length;
  };
}

/** The logistic-loss mean and its gradient by hand: one exp per row, shared by value and gradient. */
function handLogistic([u1, u2, t]: readonly Float64Array[]): Objective['valueAndGradient'] {
  return (x, y, out) => {
    let f = 0;
    let gx = 0;
    let gy = 0;
    for (let r = 0, n = t!.length; r < n; r++) {
      const tr = t![r]!;
      const a = u1![r]!;
      const b = u2![r]!;
      const e = Math.exp(-tr * (x * a + y * b));
      f += Math.log(1 + e);
      const s = (-tr * e) / (1 + e);
      gx += s * a;
      gy += s * b;
    }
    out[0] = f / t!.length;
    out[1] = gx / t!.length;
    out[2] = gy / t!.length;
  };
}

const CASES = [
  { label: 'least squares', id: 'linear', expression: '(x*u + y - v)^2', hand: handLeastSquares },
  { label: 'logistic', id: 'classes', expression: 'log(1 + exp(-t*(x*u1 + y*u2)))', hand: handLogistic },
];

process.stdout.write(
  `Per-sample loss surfaces, ${SIZE}x${SIZE} over ${ROWS.toLocaleString('en')} rows, heights + exact slopes (medians of 5, alternating)\n`,
);
for (const { label, id, expression, hand } of CASES) {
  const data = dataset(id);
  const compiled = compilePerSampleObjective(expression, data);
  if (!compiled.ok) throw new Error(compiled.error.message);
  const handWritten = { ...compiled.value, valueAndGradient: hand(data.values) };
  const options = { domain: { x: [-3, 3] as [number, number], y: [-3, 3] as [number, number] }, nx: SIZE, ny: SIZE };
  let grid: SurfaceGrid = sampleGrid(compiled.value, options);
  let floorGrid: SurfaceGrid = sampleGrid(handWritten, options);
  // The same heights, so the floor does the same arithmetic.
  for (let k = 0; k < grid.heights.length; k += 997) {
    if (Math.abs(grid.heights[k]! - floorGrid.heights[k]!) > 1e-5 * (1 + Math.abs(floorGrid.heights[k]!))) {
      throw new Error(`${label}: the hand-written loop disagrees at sample ${k}`);
    }
  }
  const [time, floor] = medianPairMs(
    () => (grid = sampleGrid(compiled.value, options, grid)),
    () => (floorGrid = sampleGrid(handWritten, options, floorGrid)),
    5,
    1,
  );
  report(`surface ${label}`, time, floor, 'ms', 1.5);
}
