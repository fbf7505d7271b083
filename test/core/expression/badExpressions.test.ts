import { describe, expect, it } from 'vitest';
import { compileObjective, parseExpression } from '../../../core/index.ts';
import { BAD_EXPRESSIONS } from '../../support/badExpressions.ts';

describe('bad expressions get a clear message and a range inside the text', () => {
  for (const { text, says, label } of BAD_EXPRESSIONS) {
    it(label ?? JSON.stringify(text), () => {
      const result = compileObjective(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.message).toMatch(says);
      expect(result.error.message.length).toBeLessThan(400);
      expect(result.error.start).toBeGreaterThanOrEqual(0);
      expect(result.error.end).toBeGreaterThanOrEqual(result.error.start);
      expect(result.error.end).toBeLessThanOrEqual(text.length);
    });
  }

  it('highlights the offending name', () => {
    const result = parseExpression('x^2 + zeta*y');
    expect(result.ok).toBe(false);
    if (!result.ok) expect('x^2 + zeta*y'.slice(result.error.start, result.error.end)).toBe('zeta');
  });

  it('accepts the Unicode minus sign as minus', () => {
    const result = compileObjective('x \u2212 y');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.value(3, 1)).toBe(2);
  });

  it('accepts implicit multiplication such as 2x and 3 x^2', () => {
    const result = compileObjective('2x + 3 x^2 y');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.value(2, 1)).toBe(16);
  });
});
