import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSurfaceFile, resolveSurface } from '../../../core/index.ts';
import { surfaceFixture } from '../../support/surfaceFixtures.ts';

/** A clear sentence: one line, printable, short, naming the file. */
function expectClearSentence(message: string, name: string) {
  expect(message.startsWith(name)).toBe(true);
  expect([...message].some((char) => char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127)).toBe(false);
  expect(message.length).toBeLessThan(400);
  expect(message).not.toMatch(/TypeError|RangeError|undefined|\[object/);
}

/** Whatever the bytes, opening gives a surface or one clear sentence, never a throw. */
function open(bytes: Uint8Array, name: string) {
  const file = openSurfaceFile(bytes, name);
  if (!file.ok) return expectClearSentence(file.error.message, name);
  const surface = resolveSurface(file.value);
  if (!surface.ok) return expectClearSentence(surface.error.message, name);
  const { objective, domain } = surface.value;
  expect(typeof objective.value((domain.x[0] + domain.x[1]) / 2, (domain.y[0] + domain.y[1]) / 2)).toBe('number');
}

const flips = (length: number) =>
  fc.array(fc.record({ at: fc.nat({ max: length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 });

function flipped(bytes: Uint8Array, changes: readonly { at: number; byte: number }[]) {
  const copy = bytes.slice();
  for (const { at, byte } of changes) copy[at] = byte;
  return copy;
}

describe('surface files with random damage', () => {
  for (const name of ['wide.h5', 'square.h5', 'curve.h5', 'trajectory.h5']) {
    it(`${name}: random byte changes give a surface or one clear sentence`, () => {
      const bytes = surfaceFixture(name);
      fc.assert(
        fc.property(flips(bytes.length), (changes) => open(flipped(bytes, changes), name)),
        { numRuns: 400, interruptAfterTimeLimit: 4000 },
      );
    });
  }

  it('wide.csv: random byte changes and every prefix give a grid or one clear sentence', () => {
    const bytes = surfaceFixture('wide.csv');
    for (let length = 0; length <= bytes.length; length++) open(bytes.subarray(0, length), 'wide.csv');
    fc.assert(
      fc.property(flips(bytes.length), (changes) => open(flipped(bytes, changes), 'wide.csv')),
      { numRuns: 400, interruptAfterTimeLimit: 4000 },
    );
  });
});
