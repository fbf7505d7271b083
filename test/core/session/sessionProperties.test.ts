import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSession, parseSessionBytes, parseSessionText, serializeSession, type SessionDocument } from '../../../core/index.ts';
import { validSession } from './sessionArbitrary.ts';

const serialize = (document: SessionDocument): string => {
  const text = serializeSession(document);
  if (!text.ok) throw new Error(`${text.error.message} in ${JSON.stringify(document)}`);
  return text.value;
};

describe('session files under random damage', () => {
  it('byte flips give a clear error or a valid document, never a throw, and never change the input', () => {
    const bytes = new TextEncoder().encode(serialize(defaultSession()));
    const flips = fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(flips, (changes) => {
        const damaged = bytes.slice();
        for (const [index, mask] of changes) damaged[index]! ^= mask;
        const before = damaged.slice();
        const result = parseSessionBytes(damaged);
        expect(damaged.every((byte, index) => byte === before[index])).toBe(true);
        if (result.ok) expect(serializeSession(result.value).ok).toBe(true);
        else expect(result.error.message.length).toBeGreaterThan(5);
      }),
      { numRuns: 1500 },
    );
  });

  it('prefixes of random valid files give a clear error or the same document', () => {
    fc.assert(
      fc.property(validSession, fc.double({ min: 0, max: 1, noNaN: true }), (document, fraction) => {
        const text = serialize(document);
        const result = parseSessionText(text.slice(0, Math.floor(fraction * text.length)));
        if (result.ok) expect(result.value).toEqual(document);
        else expect(result.error.message.length).toBeGreaterThan(5);
      }),
      { numRuns: 300 },
    );
  });
});

describe('save → open round trip', () => {
  it('restores every random valid document exactly, and saving again gives the same text', () => {
    fc.assert(
      fc.property(validSession, (document) => {
        const text = serialize(document);
        const opened = parseSessionText(text);
        expect(opened.ok, opened.ok ? '' : opened.error.message).toBe(true);
        if (!opened.ok) return;
        expect(opened.value).toEqual(document);
        expect(serialize(opened.value)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('is stable: the same document always gives the same text, whatever its key order', () => {
    const document = defaultSession();
    const shuffled = Object.fromEntries(Object.entries(document).reverse()) as unknown as SessionDocument;
    expect(serialize(shuffled)).toBe(serialize(document));
    expect(serialize(document).endsWith('}\n')).toBe(true);
  });
});
