import { describe, expect, it } from 'vitest';
import { defaultSession, parseSessionBytes, parseSessionText, serializeSession, SESSION_LIMITS } from '../../../core/index.ts';
import { expectClearError } from './expectClearError.ts';

/** The bad-input list for session files (docs/testing.md): each case refused with a clear message, never a throw. */

const validText = (): string => {
  const text = serializeSession(defaultSession());
  if (!text.ok) throw new Error(text.error.message);
  return text.value;
};
const withFields = (fields: Record<string, unknown>): string => JSON.stringify({ ...(JSON.parse(validText()) as object), ...fields });

describe('bad session files', () => {
  it('refuses an empty file', () => {
    expectClearError(parseSessionText(''), /empty/);
    expectClearError(parseSessionBytes(new Uint8Array(0)), /empty/);
  });

  it('refuses a file that is not JSON without quoting its contents back', () => {
    const result = parseSessionText('root:x:0:0:root:/root:/bin/bash');
    expectClearError(result, /not valid JSON/);
    if (!result.ok) expect(result.error.message).not.toMatch(/root:x|bin\/bash/);
  });

  it('refuses a file of whitespace only', () => {
    expectClearError(parseSessionText('  \n\t \r\n '), /empty/);
  });

  it('refuses every proper prefix of a valid file, except the one that only drops the final newline', () => {
    const text = validText();
    for (let length = 0; length < text.length; length++) {
      const result = parseSessionText(text.slice(0, length));
      if (text.slice(0, length).trimEnd() === text.trimEnd()) expect(result.ok).toBe(true);
      else expectClearError(result);
    }
  });

  it('refuses bytes that are not UTF-8, naming the encoding', () => {
    const bytes = new TextEncoder().encode(validText());
    const broken = new Uint8Array([...bytes.slice(0, 40), 0xff, 0xfe, 0xc3, ...bytes.slice(40)]);
    expectClearError(parseSessionBytes(broken), /UTF-8/);
    // A lone continuation byte inside a string value.
    expectClearError(parseSessionBytes(new Uint8Array([0x7b, 0x22, 0x80, 0x22, 0x3a, 0x31, 0x7d])), /UTF-8/);
  });

  it('refuses a top-level list', () => {
    expectClearError(parseSessionText('[]'), /list/);
    expectClearError(parseSessionText(`[${validText()}]`), /list/);
  });

  it('refuses a top-level null, number or string', () => {
    expectClearError(parseSessionText('null'), /null/);
    expectClearError(parseSessionText('42'), /number/);
    expectClearError(parseSessionText('"curvature-session"'), /string/);
  });

  it('refuses a file without a version, saying so', () => {
    const { version: _dropped, ...rest } = JSON.parse(validText()) as Record<string, unknown>;
    const error = expectClearError(parseSessionText(JSON.stringify(rest)), /no version/);
    expect(error.path).toBe('version');
  });

  it('refuses a version that is not a whole number', () => {
    expectClearError(parseSessionText(withFields({ version: '1' })), /whole number/);
    expectClearError(parseSessionText(withFields({ version: 1.5 })), /whole number/);
    expectClearError(parseSessionText(withFields({ version: null })), /whole number/);
  });

  it('refuses a file from a newer Curvature, naming both versions', () => {
    expectClearError(parseSessionText(withFields({ version: 6 })), /newer Curvature \(version 6\); this one reads up to version 5/);
    expectClearError(parseSessionText(withFields({ version: 999 })), /version 999/);
  });

  it('refuses a file of another format', () => {
    expectClearError(parseSessionText(withFields({ format: 'something-else' })), /not a Curvature session/);
    expectClearError(parseSessionText('{"version": 1}'), /not a Curvature session/);
  });

  it('refuses __proto__ keys at the top and deep inside, without touching Object.prototype', () => {
    const text = validText();
    expectClearError(parseSessionText(text.replace('{', '{"__proto__": {"polluted": true},')), /__proto__/);
    expectClearError(parseSessionText(text.replace('"view": {', '"view": {"__proto__": {"polluted": true},')), /__proto__/);
    expectClearError(
      parseSessionText(text.replace('"camera": {', '"camera": {"constructor": {"prototype": {"polluted": true}},')),
      /constructor|prototype/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses 1e999 and -1e999, which JSON.parse would turn into Infinity', () => {
    expectClearError(parseSessionText(validText().replace('"steps": 100', '"steps": 1e999')), /too large/);
    expectClearError(parseSessionText(validText().replace('"start": [-1.2, 1]', '"start": [-1e999, 1]')), /too large/);
  });

  it('refuses a 100 MB file by its size, before decoding or parsing it', () => {
    const huge = new Uint8Array(100 * 1024 * 1024).fill(0x20);
    huge[0] = 0x7b;
    const error = expectClearError(parseSessionBytes(huge), /too large/);
    expect(error.message).toMatch(/100\.0 MB/);
    expectClearError(parseSessionText(' '.repeat(SESSION_LIMITS.maxBytes + 1)), /too large/);
  });

  it('refuses a file whose function is import(...), through the same validator as typed functions', () => {
    const error = expectClearError(parseSessionText(withFields({ function: 'import({}, {})' })), /import/);
    expect(error.path).toBe('function');
    expectClearError(parseSessionText(withFields({ function: 'import("fs")' })));
    expectClearError(parseSessionText(withFields({ function: 'createUnit("a")' })));
    expectClearError(parseSessionText(withFields({ function: 'cos.constructor' })));
  });

  it('refuses nesting deeper than a session ever has, before JSON.parse recurses', () => {
    expectClearError(parseSessionText('['.repeat(100_000) + ']'.repeat(100_000)), /deep/);
    expectClearError(parseSessionText(`{"format":"curvature-session","version":1,"x":${'{"a":'.repeat(50)}1${'}'.repeat(50)}}`), /deep/);
  });

  it('accepts a byte-order mark before the JSON', () => {
    expect(parseSessionBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(validText())])).ok).toBe(true);
  });
});
