import { describe, expect, it } from 'vitest';
import { hessianMakeup, resolveFunction } from '../../../core/index.ts';

const makeupOf = (expression: string, columns: string[]) => {
  const rows = 5;
  const dataset = {
    name: 'rows.csv',
    columns,
    values: columns.map((_, c) =>
      Float64Array.from({ length: rows }, (__, r) => (c === columns.length - 1 ? (r % 2 === 0 ? 1 : -1) : r + c)),
    ),
    rowCount: rows,
  };
  const resolved = resolveFunction(expression, dataset);
  if (!resolved.ok) throw new Error(resolved.error.message);
  return hessianMakeup(resolved.value.perSample!.perSample);
};

describe('what the Hessian of a loss on data is made of', () => {
  it('says a logistic loss of a margin linear in x and y has H equal to the Gauss–Newton and Fisher matrices', () => {
    for (const expression of ['log(1 + exp(-t*(x*u1 + y*u2)))', 'log(exp(-t*(x*u1 + y*u2)) + 1)', 'log(1 + exp(-t*(x*u1 + y) / 2))'])
      expect(makeupOf(expression, ['u1', 'u2', 't']), expression).toMatch(/Gauss–Newton matrix and equals the Fisher information matrix/);
  });

  it('says nothing where the margin is not linear, or the loss is not logistic', () => {
    for (const expression of ['log(1 + exp(-t*tanh(x*u1 + y*u2)))', 'log(1 + exp(-t*x*y*u1))', 'log(2 + exp(-t*x*u1))', '(x*u1 + y - t)^2'])
      expect(makeupOf(expression, ['u1', 'u2', 't']), expression).toBeNull();
  });

  it('names it for the logistic-regression preset, whose data set is built in', () => {
    const resolved = resolveFunction('logistic-regression');
    expect(resolved.ok && hessianMakeup(resolved.value.perSample!.perSample)).toMatch(/Fisher/);
  });
});
