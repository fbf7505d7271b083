import { describe, expect, it } from 'vitest';
import { runRows } from '../../../renderer/export/overlays/drawLegend.ts';

const run = (label: string, status: string, lastIterate: number) => ({
  label,
  status,
  lastIterate,
  color: '#ff4d4d',
  losses: { f: [], gradientNorm: [] },
  batchLosses: null,
});

describe('an exported frame’s run legend', () => {
  const runs = [run('Newton', 'Converged to a minimum', 7), run('Gradient descent', 'Used all steps', 100)];

  it('names every run from the first frame, and says how each ended only once it has', () => {
    expect(runRows(runs, 0).map(({ name, note }) => [name, note])).toEqual([
      ['Newton', ''],
      ['Gradient descent', ''],
    ]);
    expect(runRows(runs, 6.99).map(({ note }) => note)).toEqual(['', '']);
    expect(runRows(runs, 7).map(({ note }) => note)).toEqual(['Converged to a minimum', '']);
    expect(runRows(runs, 100).map(({ note }) => note)).toEqual(['Converged to a minimum', 'Used all steps']);
  });
});
