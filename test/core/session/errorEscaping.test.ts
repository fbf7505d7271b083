import { describe, expect, it } from 'vitest';
import { defaultSession, parseSessionBytes, parseSessionText } from '../../../core/index.ts';
import { expectClearError } from './expectClearError.ts';

/** Nothing a terminal would act on: C0 and C1 controls, DEL, direction overrides, line separators. */
const UNSAFE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;
const valid = () => JSON.parse(JSON.stringify(defaultSession())) as Record<string, unknown>;

describe('session errors quote file content escaped and short', () => {
  it('an unknown key with terminal escapes is escaped', () => {
    const error = expectClearError(parseSessionText(JSON.stringify({ ...valid(), '\u001b[2J\u001b]0;pwned\u0007': 1 })));
    expect(error.message).not.toMatch(UNSAFE);
    expect(error.message).toContain('\\u001b[2J');
    expect(error.path).not.toMatch(UNSAFE);
  });

  it('a 3 MB key gives a short message', () => {
    const error = expectClearError(parseSessionText(JSON.stringify({ ...valid(), ['k'.repeat(3_000_000)]: 1 })));
    expect(error.message.length).toBeLessThan(120);
    expect(error.path!.length).toBeLessThan(60);
  });

  it('a C1 control or a right-to-left override in a text field is escaped', () => {
    for (const text of ['a\u0085b', 'a\u202eb', 'a\u009b2Jb']) {
      const error = expectClearError(parseSessionText(JSON.stringify({ ...valid(), runs: [{ optimizer: text }] })));
      expect(error.message).not.toMatch(UNSAFE);
    }
  });

  it('a long text where a number belongs is not repeated whole', () => {
    const error = expectClearError(parseSessionText(JSON.stringify({ ...valid(), version: `\u001b${'k'.repeat(5000)}` })));
    expect(error.message.length).toBeLessThan(120);
    expect(error.message).not.toMatch(UNSAFE);
  });

  it('a function with a C1 control is refused by its code point', () => {
    const error = expectClearError(parseSessionText(JSON.stringify({ ...valid(), function: 'x + \u0085y' })));
    expect(error.message).toMatch(/U\+0085/);
    expect(error.message).not.toMatch(UNSAFE);
  });

  const syntax: readonly [string, string | Uint8Array][] = [
    ['NaN', '{"a": NaN}'],
    ['Infinity', 'Infinity'],
    ['a raw newline in a text', '{"format": "x\ny\u001b[2J"}'],
    ['a control byte after a value', '{"a": 1}\u001b]0;pwned\u0007'],
    ['an all-NUL file', new Uint8Array(4096)],
    ['a bell', '\u0007\u0007'],
    ['a long line', `{"a": ${'x'.repeat(100_000)}}`],
    ['a cut-off file', '{"format": "curvature-session", "version": 2, "fun'],
  ];
  for (const [label, content] of syntax) {
    it(`a syntax error (${label}) quotes nothing raw`, () => {
      const result = typeof content === 'string' ? parseSessionText(content) : parseSessionBytes(content);
      const error = expectClearError(result, /not valid JSON/);
      expect(error.message).not.toMatch(UNSAFE);
      expect(error.message.length).toBeLessThan(200);
    });
  }

  it('a syntax error says where', () => {
    const error = expectClearError(parseSessionText('{\n  "a": 1,\n}'));
    expect(error.message).toMatch(/at line 3, column 1/);
  });

  it('an overflowing number names its key, escaped', () => {
    const error = expectClearError(parseSessionText(`{"\\u001b${'k'.repeat(500)}": 1e999}`));
    expect(error.message).toMatch(/too large to represent/);
    expect(error.message).not.toMatch(UNSAFE);
    expect(error.message.length).toBeLessThan(120);
  });
});
