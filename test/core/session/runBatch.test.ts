import { describe, expect, it } from 'vitest';
import { parseSessionText, serializeSession } from '../../../core/index.ts';

const session = (batch: unknown) =>
  parseSessionText(
    JSON.stringify({ format: 'curvature-session', version: 4, function: 'two-moons-logistic', runs: [{ optimizer: 'gd', batch }] }),
  );

describe('a run’s mini-batches in a session', () => {
  it('are null (every row at every step) when a run has none', () => {
    const result = parseSessionText(
      '{"format": "curvature-session", "version": 4, "function": "least-squares", "runs": [{"optimizer": "gd"}]}',
    );
    expect(result.ok && result.value.runs[0]!.batch).toBeNull();
  });

  it('take seed 0 when only a size is given, and survive saving', () => {
    const result = session({ size: 8 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.runs[0]!.batch).toEqual({ size: 8, seed: 0 });
    const saved = serializeSession(result.value);
    if (!saved.ok) throw new Error(saved.error.message);
    const again = parseSessionText(saved.value);
    expect(again.ok && again.value.runs[0]!.batch).toEqual({ size: 8, seed: 0 });
  });

  it.each([
    [{ size: 0 }, 'runs[0].batch.size must be >= 1 (got 0)'],
    [{ size: 2.5 }, 'runs[0].batch.size must be a whole number (got 2.5)'],
    [{ size: 100_001 }, 'runs[0].batch.size must be <= 100000 (got 100001)'],
    [{ size: 8, seed: 1.5 }, 'runs[0].batch.seed must be a whole number (got 1.5)'],
    [{ seed: 3 }, 'runs[0].batch.size is missing'],
    [{ size: 8, shuffle: true }, 'runs[0].batch.shuffle is not a known field'],
  ])('refuses %j, naming the field', (batch, message) => {
    const result = session(batch);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(message);
  });
});
