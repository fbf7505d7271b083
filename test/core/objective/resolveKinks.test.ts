import { describe, expect, it } from 'vitest';
import { MAX_RESOLVED_KINKS } from '../../../core/expression/kink.ts';
import { resolvingKinks, type KinkedWriter } from '../../../core/objective/resolveKinks.ts';
import { compileObjective } from '../../../core/index.ts';

/** A writer and the sign vectors it was called with. */
function recording(write: KinkedWriter): { write: KinkedWriter; calls: number[][] } {
  const calls: number[][] = [];
  return {
    calls,
    write: (x, y, out, kinks) => {
      calls.push(Array.from(kinks));
      write(x, y, out, kinks);
    },
  };
}

describe('resolving kinks tries no more sign combinations than it needs', () => {
  it('away from every kink: one call', () => {
    const writer = recording((x, _y, out) => void (out[0] = 2 * x));
    const out = [0];
    resolvingKinks(writer.write, MAX_RESOLVED_KINKS, 1)(1, 0, out);
    expect(out).toEqual([2]);
    expect(writer.calls).toHaveLength(1);
  });

  it('in a hole of f (every side NaN): two calls, not one for each of the 256 combinations', () => {
    const writer = recording((_x, _y, out) => void (out[0] = NaN));
    const out = [0];
    resolvingKinks(writer.write, MAX_RESOLVED_KINKS, 1)(-1, 0, out);
    expect(out[0]).toBeNaN();
    expect(writer.calls).toHaveLength(2);
  });

  it('where the sides differ at the first kink tried: three calls', () => {
    // The slope of |x| at 0 is the kink's sign.
    const writer = recording((_x, _y, out, kinks) => void (out[0] = kinks[0]!));
    const out = [0];
    resolvingKinks(writer.write, 3, 1)(0, 0, out);
    expect(out[0]).toBeNaN();
    expect(writer.calls).toEqual([
      [NaN, NaN, NaN],
      [1, 1, 1],
      [-1, 1, 1],
    ]);
  });

  it('where every side agrees, each combination is tried before the value is taken', () => {
    const writer = recording((x, _y, out, kinks) => void (out[0] = 3 * x * x * kinks[0]! + kinks[1]! * 0));
    const out = [0];
    resolvingKinks(writer.write, 2, 1)(0, 0, out);
    expect(out).toEqual([0]);
    expect(writer.calls).toHaveLength(1 + 4);
  });

  it('a compiled function with a hole and eight kinks still answers at once there', () => {
    const compiled = compileObjective(
      'sqrt(x) + abs(y) + abs(y - 1) + abs(y - 2) + abs(y - 3) + abs(y + 1) + abs(y + 2) + abs(y + 3) + abs(y + 4)',
    );
    if (!compiled.ok) throw new Error(compiled.error.message);
    const gradient = [0, 0];
    compiled.value.gradient(-1, 0, gradient);
    expect(gradient.every(Number.isNaN)).toBe(true);
    compiled.value.gradient(4, 0.5, gradient);
    expect(gradient).toEqual([0.25, 2]);
  });
});
