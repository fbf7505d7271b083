import { describe, expect, it } from 'vitest';
import { inferFitSpec } from '../../../core/data/inferFitSpec.ts';
import type { FitSpec } from '../../../core/data/modelFit.ts';
import { parseExpression } from '../../../core/expression/parseExpression.ts';
import { DATASET_PRESETS } from '../../../core/presets/datasetPresets.ts';
import { presetDataset } from '../../../core/resolveFunction.ts';

const spec = (text: string, columns: readonly string[]) => {
  const parsed = parseExpression(text, columns);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return inferFitSpec(parsed.value);
};

describe('inferFitSpec: what a typed per-sample loss fits, read from its form', () => {
  it('a squared residual of one input column is a regression curve, either way round', () => {
    expect(spec('(x*u + y - v)^2', ['u', 'v'])).toEqual({ kind: 'curve', input: 'u', target: 'v', model: 'x * u + y' });
    expect(spec('(v - y*tanh(x*u))^2', ['u', 'v'])).toEqual({ kind: 'curve', input: 'u', target: 'v', model: 'y * tanh(x * u)' });
  });

  it('a logistic loss of two input columns is a decision boundary, however the margin is written', () => {
    const boundary = { kind: 'boundary', inputs: ['a', 'b'], label: 't', score: 'x * a + y * b' };
    expect(spec('log(1 + exp(-t*(x*a + y*b)))', ['a', 'b', 't'])).toEqual(boundary);
    expect(spec('log(1 + exp(-(t*(x*a + y*b))))', ['a', 'b', 't'])).toEqual(boundary);
    expect(spec('log(exp(-((x*a + y*b)*t)) + 1)', ['a', 'b', 't'])).toEqual(boundary);
  });

  it('says nothing of other forms: no weights in the model, two inputs to a curve, a column fitted to itself, other losses', () => {
    for (const [text, columns] of [
      ['(u - v)^2', ['u', 'v']],
      ['(x*u + y*w - v)^2', ['u', 'w', 'v']],
      ['(x*v - v)^2', ['v']],
      ['(x*u + y - v)^4', ['u', 'v']],
      ['abs(x*u + y - v)', ['u', 'v']],
      ['log(1 + exp(-t*x*a))', ['a', 't']],
      ['log(2 + exp(-t*(x*a + y*b)))', ['a', 'b', 't']],
      ['x^2 + y^2 + u', ['u']],
    ] as const)
      expect(spec(text, columns), text).toBeNull();
  });

  it("reads each data-set preset's loss as the model it trains", () => {
    const lineFit: FitSpec = { kind: 'curve', input: 'u', target: 'v', model: 'x * u + y' };
    const linearClassifier: FitSpec = { kind: 'boundary', inputs: ['u1', 'u2'], label: 't', score: 'x * u1 + y * u2' };
    const expected: Record<string, FitSpec> = {
      'least-squares': lineFit,
      'one-tanh-unit': { kind: 'curve', input: 'u', target: 'v', model: 'y * tanh(x * u)' },
      'iris-logistic': {
        kind: 'boundary',
        inputs: ['petal_length', 'petal_width'],
        label: 't',
        score: 'x * petal_length + y * petal_width',
      },
    };
    for (const preset of DATASET_PRESETS) {
      const columns = presetDataset(preset).columns;
      expect(spec(preset.expression, columns), preset.name).toEqual(expected[preset.name] ?? linearClassifier);
    }
  });
});
