import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../core/index.ts';
import { expectCleanMessage } from './cleanMessage.ts';
import { fuzzParameters } from './fuzzSettings.ts';

export interface FileFormatFuzz<T> {
  /** What the files are, for the test names ("session file", "CSV data"). */
  readonly name: string;
  /** Complete, valid files of the format, as their bytes or text. */
  readonly validSamples: readonly (Uint8Array | string)[];
  /** The format's loader: a value or a clear error, never a throw. */
  readonly parse: (bytes: Uint8Array) => Result<T, { readonly message: string }>;
  /** Checked on every file the loader accepts (for example: it round-trips, it has no NaN). */
  readonly checkAccepted?: (value: T, bytes: Uint8Array) => void;
  /** Byte flips per sample (a fixed seed); the default keeps the whole fuzz folder to seconds. */
  readonly flips?: number;
  /** Prefixes per sample; every prefix when the sample is at most this long, else evenly spaced ones. */
  readonly prefixes?: number;
  /** Milliseconds one parse may take before it counts as a hang. */
  readonly maxParseMs?: number;
}

const toBytes = (sample: Uint8Array | string) => (typeof sample === 'string' ? new TextEncoder().encode(sample) : sample);

/**
 * The standing check every file format joins with one small test file: each prefix (a cut-off
 * download) and random byte flips (a damaged disk, a hostile file) of each valid sample give a
 * clear one-line error or an accepted value, never a throw, a hang or a control byte in the message.
 */
export function fuzzFileFormat<T>(format: FileFormatFuzz<T>): void {
  const { name, parse, checkAccepted, flips = 150, prefixes = 400, maxParseMs = 1000 } = format;

  function load(bytes: Uint8Array): void {
    const started = performance.now();
    let result: Result<T, { readonly message: string }>;
    try {
      result = parse(bytes);
    } catch (error) {
      throw new Error(`${name}: the loader threw instead of explaining: ${error instanceof Error ? error.message : String(error)}`);
    }
    const elapsed = performance.now() - started;
    expect(elapsed, `${name}: one parse took ${elapsed.toFixed(0)} ms`).toBeLessThan(maxParseMs);
    if (result.ok) checkAccepted?.(result.value, bytes);
    else expectCleanMessage(result.error.message);
  }

  describe(`fuzz: ${name}`, () => {
    format.validSamples.forEach((sample, index) => {
      const bytes = toBytes(sample);
      const label = `${name} sample ${index + 1} (${bytes.length} bytes)`;

      it(`${label} itself is accepted`, () => {
        const result = parse(bytes);
        expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
      });

      it(`${label}: every prefix gives a clear error or a value`, () => {
        const step = Math.max(1, Math.ceil(bytes.length / prefixes));
        for (let length = 0; length < bytes.length; length += step) load(bytes.subarray(0, length));
      });

      it(`${label}: random byte flips give a clear error or a value`, () => {
        const flip = fc.record({
          at: fc.nat({ max: Math.max(0, bytes.length - 1) }),
          value: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x00, 0x1b, 0x22, 0x5c, 0x7b, 0x7d, 0x85, 0xc2, 0xff)),
          count: fc.integer({ min: 1, max: 4 }),
        });
        fc.assert(
          fc.property(flip, ({ at, value, count }) => {
            const damaged = bytes.slice();
            for (let k = 0; k < count && at + k < damaged.length; k++) damaged[at + k] = value;
            load(damaged);
          }),
          fuzzParameters(flips),
        );
      });
    });

    it(`${name}: random bytes give a clear error`, () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => load(bytes)),
        fuzzParameters(flips),
      );
    });
  });
}
