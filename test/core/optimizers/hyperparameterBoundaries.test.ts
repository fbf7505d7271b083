// One rule for every hyperparameter, wherever a value comes from: the core's run, a saved session
// and the command line accept or refuse each boundary value alike (the window applies the same
// checkHyperparameter before it changes a run). Boundaries come from the descriptors themselves.
import { describe, expect, it } from 'vitest';
import {
  checkHyperparameter,
  defaultSession,
  OPTIMIZERS,
  OPTIMIZER_NAMES,
  parseSessionText,
  runTrajectory,
  serializeSession,
  type Hyperparameter,
  type OptimizerName,
} from '../../../core/index.ts';
import { compile } from '../../support/compile.ts';
import { runCliInProcess } from '../../support/runCliInProcess.ts';

/** The neighbouring doubles of x. */
function adjacent(x: number, direction: 1 | -1): number {
  if (x === 0) return direction * Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, bits + BigInt((x > 0 ? 1 : -1) * direction));
  return view.getFloat64(0);
}

/** Values on and just beside each end of the allowed range, with whether they are allowed. */
function boundaryCases(spec: Hyperparameter): [number, boolean][] {
  if (spec.kind !== 'real') return [];
  const cases: [number, boolean][] = [];
  if (spec.min !== undefined) cases.push([spec.min, true], [adjacent(spec.min, -1), false]);
  if (spec.above !== undefined) cases.push([spec.above, false], [adjacent(spec.above, 1), true]);
  if (spec.max !== undefined) cases.push([spec.max, true], [adjacent(spec.max, 1), false], [2 * spec.max, false]);
  if (spec.below !== undefined) cases.push([spec.below, false], [adjacent(spec.below, -1), true]);
  return cases;
}

/** A bowl for every optimizer; Gauss–Newton needs a mean of squared residuals, the least-squares preset. */
const functionFor = (name: OptimizerName) => (OPTIMIZERS[name].curvature === 'gauss-newton' ? 'least-squares' : 'x^2 + 2*y^2');
const objectives = new Map(OPTIMIZER_NAMES.map((name) => [name, compile(functionFor(name))]));
const objective = objectives.get('gd')!;
const serialized = serializeSession(defaultSession());
if (!serialized.ok) throw new Error(serialized.error.message);
const base = JSON.parse(serialized.value) as Record<string, unknown>;

function coreAccepts(name: OptimizerName, key: string, value: number): boolean {
  const run = runTrajectory(objectives.get(name)!, name, [1, 1], { steps: 1, params: { [key]: value } });
  if (!run.ok) expect(run.error.kind).toBe('invalid-hyperparameter');
  return run.ok;
}

function sessionAccepts(name: OptimizerName, key: string, value: number): boolean {
  const text = JSON.stringify({ ...base, runs: [{ id: 'run-1', optimizer: name, params: { [key]: value } }], selectedRun: null });
  const parsed = parseSessionText(text);
  if (!parsed.ok) expect(parsed.error.path).toBe(`runs[0].params.${key}`);
  return parsed.ok;
}

async function cliAccepts(name: OptimizerName, flag: string, value: number): Promise<boolean> {
  const run = await runCliInProcess([
    'trajectory',
    '--function',
    functionFor(name),
    '--optimizer',
    name,
    '--from',
    '1,1',
    '--steps',
    '1',
    `--${flag}`,
    String(value),
  ]);
  if (run.code !== 0) {
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  }
  return run.code === 0;
}

describe('every boundary of every hyperparameter is judged alike by the core, a session file, the window and the CLI', () => {
  for (const name of OPTIMIZER_NAMES) {
    for (const [key, spec] of Object.entries(OPTIMIZERS[name].hyperparameters)) {
      it.each(boundaryCases(spec))(`${name} ${key} = %s: allowed %s`, async (value, allowed) => {
        expect(checkHyperparameter(name, key, value) === undefined).toBe(allowed);
        expect(coreAccepts(name, key, value)).toBe(allowed);
        expect(sessionAccepts(name, key, value)).toBe(allowed);
        expect(await cliAccepts(name, spec.flag, value)).toBe(allowed);
      });
    }
  }

  it('lr = 2e6 is refused everywhere with the same reason', async () => {
    const reason = 'lr must be a number in (0, 1000000], not 2000000.';
    expect(checkHyperparameter('gd', 'lr', 2e6)?.message).toBe(reason);
    const run = runTrajectory(objective, 'gd', [1, 1], { steps: 1, params: { lr: 2e6 } });
    expect(run.ok ? undefined : run.error.message).toBe(reason);
    const session = parseSessionText(JSON.stringify({ ...base, runs: [{ optimizer: 'gd', params: { lr: 2e6 } }], selectedRun: null }));
    expect(session.ok ? undefined : session.error.message).toBe(`runs[0].params.lr: ${reason}`);
    const cli = await runCliInProcess([
      'trajectory',
      '--function',
      'booth',
      '--optimizer',
      'gd',
      '--from',
      '0,0',
      '--steps',
      '1',
      '--lr',
      '2e6',
    ]);
    expect(cli.stderr).toBe(`curvature: ${reason}\n`);
  });

  it('NaN, Infinity, text and a key the optimizer does not take are refused with a message naming it', () => {
    expect(checkHyperparameter('gd', 'lr', NaN)?.message).toBe('lr must be a number in (0, 1000000], not NaN.');
    expect(checkHyperparameter('adam', 'eps', Infinity)?.message).toBe('eps (ε) must be a number in (0, 1], not Infinity.');
    expect(checkHyperparameter('momentum', 'momentum', '0.5')?.message).toBe('momentum (μ) must be a number in [0, 1), not "0.5".');
    expect(checkHyperparameter('damped-newton', 'damping', -1)?.message).toBe('damping (λ) must be a number in [0, 1000000], not -1.');
    expect(checkHyperparameter('gd', 'momentum', 0.9)?.message).toBe('gd has no hyperparameter momentum; it takes lr.');
    const run = runTrajectory(objective, 'gd', [1, 1], { steps: 1, params: { momentum: 0.9 } });
    expect(run.ok ? undefined : run.error).toEqual({
      kind: 'invalid-hyperparameter',
      parameter: 'momentum',
      message: 'gd has no hyperparameter momentum; it takes lr.',
    });
  });
});
