import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { expressionTex, meanOverRowsTex, resolveFunction } from '../../../core/index.ts';

const texOf = (name: string): string | null => {
  const resolved = resolveFunction(name);
  if (!resolved.ok) throw new Error(resolved.error.message);
  return resolved.value.formula === undefined ? null : expressionTex(resolved.value.formula);
};

describe('the formula a person reads', () => {
  it('typesets a preset as written: Rastrigin keeps π, not 3.14159…', () => {
    const tex = texOf('rastrigin')!;
    expect(tex).toContain('\\pi');
    expect(tex).not.toContain('3.14');
  });

  it('typesets a typed function as typed, constants included', () => {
    expect(texOf('sin(pi*x) + e^y')).toBe('\\sin\\left(\\pi\\, x\\right)+{ e}^{ y}');
  });

  it('writes a product led by a letter side by side, as mathematics is written: Beale has no dots', () => {
    expect(texOf('beale')).not.toContain('\\cdot');
    expect(texOf('rosenbrock')).toContain('100\\,{\\left( y-{ x}^{2}\\right)}^{2}');
    expect(expressionTex('x*y*z')).toBe(' x\\, y\\, z');
  });

  it('keeps the dot where side by side would misread: before a digit or a sign, beside a long name', () => {
    expect(texOf('2*3^x')).toBe('2\\cdot{3}^{ x}');
    expect(texOf('x*-y')).toBe(' x\\cdot- y');
    expect(expressionTex('x*age')).toBe(' x\\cdot age');
    expect(expressionTex('age*x')).toBe(' age\\cdot x');
  });

  it('has nothing to typeset for text that does not parse', () => {
    expect(expressionTex('x +* y')).toBeNull();
  });

  it('typesets a loss over data as the mean over its rows, each column indexed by the row', () => {
    const leastSquares = meanOverRowsTex('(x*u + y - v)^2', ['u', 'v'], 200)!;
    expect(leastSquares).toBe('\\frac{1}{200}\\sum_{i=1}^{200}{\\left( x\\,{ u}_{i}+ y-{ v}_{i}\\right)}^{2}');
    // A sum under the mean is bracketed, so the mean takes all of it.
    expect(meanOverRowsTex('x*age - y + price', ['age', 'price'], 12)).toBe(
      '\\frac{1}{12}\\sum_{i=1}^{12}\\left( x\\cdot{ age}_{i}- y+{ price}_{i}\\right)',
    );
    for (const [text, columns] of [
      ['(x*u + y - v)^2', ['u', 'v']],
      ['log(1 + exp(-t*(x*u1 + y*u2)))', ['u1', 'u2', 't']],
      ['(y*tanh(x*u) - v)^2', ['u', 'v']],
    ] as const)
      expect(() => katex.renderToString(meanOverRowsTex(text, columns, 150)!, { throwOnError: true }), text).not.toThrow();
    expect(meanOverRowsTex('x +* u', ['u'], 3)).toBeNull();
  });
});
