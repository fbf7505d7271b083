import { describe, expect, it } from 'vitest';
import { expressionTex, resolveFunction } from '../../../core/index.ts';

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
    expect(texOf('sin(pi*x) + e^y')).toBe('\\sin\\left(\\pi\\cdot x\\right)+{ e}^{ y}');
  });

  it('has nothing to typeset for text that does not parse', () => {
    expect(expressionTex('x +* y')).toBeNull();
  });
});
