import { describe, expect, it } from 'vitest';
import { compileObjective, localModels, parseExpression } from '../../../core/index.ts';

describe('a constant part never poisons a derivative', () => {
  // Folding d/dx 0^0 as 0 · 0^(−1) made Infinity · 0 = NaN, and "f has no derivative" everywhere.
  for (const text of ['x^2 + 0^0', '(0^0)*x^2', 'x^2 + 0^0.5', 'x^2 + sqrt(0)', 'x^2 + log(0^2 + 1)', 'x^2 * (0^0.5 + 1)']) {
    it(text, () => {
      const compiled = compileObjective(text);
      expect(compiled.ok).toBe(true);
      if (!compiled.ok) return;
      const models = localModels(compiled.value, 1, 1);
      expect(models.ok, !models.ok ? models.error.message : '').toBe(true);
      if (!models.ok) return;
      expect(models.value.gradient[1]).toBe(0);
      expect(models.value.hessian[1][1]).toBe(0);
      expect(models.value.hessian[0][0]).toBe(2);
    });
  }

  it('still finds no derivative where there is none (sqrt(x) at 0)', () => {
    const compiled = compileObjective('sqrt(x) + y^2');
    expect(compiled.ok && localModels(compiled.value, 0, 1).ok).toBe(false);
  });
});

describe('the nesting cap cannot be bypassed', () => {
  const deep = (levels: number) => `${'('.repeat(levels)}x${')'.repeat(levels)}`;
  const hidden = [
    // Closing brackets in a comment, then a newline, which mathjs reads as whitespace inside brackets.
    ['a comment', (levels: number) => `(y #${')'.repeat(levels)}\n+ ${deep(levels)})`],
    ['a double-quoted text', (levels: number) => `"${')'.repeat(levels)}" + ${deep(levels)}`],
    ['a single-quoted text', (levels: number) => `'${')'.repeat(levels)}' + ${deep(levels)}`],
  ] as const;
  for (const [label, build] of hidden) {
    for (const levels of [150, 290, 300, 600]) {
      it(`${label}, ${levels} levels deep`, () => {
        const text = build(levels);
        const result = parseExpression(text.length > 2000 ? text.slice(0, 2000) : text);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.message).not.toMatch(/call stack|Maximum|RangeError/i);
        expect(result.error.message).toMatch(/nested too deeply|too long|ends too early|closing parenthesis/);
      });
    }
  }

  it('a comment alone is still allowed where it hides nothing', () => {
    expect(parseExpression('x^2 + y^2 # a bowl').ok).toBe(true);
  });
});

describe("mathjs's own syntax messages are quoted escaped", () => {
  // Found by the fuzz suite: mathjs repeats the offending part raw, line breaks included.
  for (const text of ['\r(', `(y #${')'.repeat(14)}\n+${'('.repeat(14)}\\${')'.repeat(15)}`]) {
    it(JSON.stringify(text), () => {
      const result = parseExpression(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).not.toMatch(/[\p{Cc}]/u);
    });
  }
});

describe('characters that act on a terminal are named, never repeated', () => {
  for (const char of ['\u0085', '\u009b', '\u007f', '\u202e', '\u2066', '\u2028', '\ue000']) {
    it(`U+${char.charCodeAt(0).toString(16).padStart(4, '0')}`, () => {
      const result = parseExpression(`x + ${char}y`);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.message).not.toContain(char);
      expect(result.error.message).toMatch(/U\+[0-9A-F]{4}/);
      expect(result.error.start).toBe(4);
    });
  }
});
