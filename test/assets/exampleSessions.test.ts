import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSessionText, resolveFunction, runStart, runSteps, runTrajectory, type SessionDocument } from '../../core/index.ts';

const folder = new URL('../../assets/sessions/', import.meta.url);

function load(name: string): SessionDocument {
  const parsed = parseSessionText(readFileSync(new URL(name, folder), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
  return parsed.value;
}

/** Where each run of a session ends, keyed by optimizer and by run id. */
function endpoints(document: SessionDocument): Record<string, { x: number; y: number; stop: string }> {
  const resolved = resolveFunction(document.function);
  if (!resolved.ok) throw new Error(resolved.error.message);
  const ends: Record<string, { x: number; y: number; stop: string }> = {};
  for (const run of document.runs) {
    const result = runTrajectory(resolved.value.objective, run.optimizer, runStart(document, run), {
      steps: runSteps(document, run),
      params: run.params,
    });
    if (!result.ok) throw new Error(result.error.message);
    const { points, pointCount, stop } = result.value;
    ends[run.optimizer] = ends[run.id] = { x: points[3 * (pointCount - 1)]!, y: points[3 * (pointCount - 1) + 1]!, stop };
  }
  return ends;
}

describe('example sessions in assets/sessions', () => {
  it('every file loads through the same strict pipeline as a file a person opens', () => {
    const files = readdirSync(folder).filter((file) => file.endsWith('.curvature.json'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) expect(load(file).runs.length).toBeGreaterThan(0);
  });

  it('saddle: Newton jumps to the saddle point, saddle-free Newton walks away from it', () => {
    const ends = endpoints(load('saddle-newton.curvature.json'));
    expect(ends['newton']).toMatchObject({ x: 0, y: 0, stop: 'converged' });
    expect(Math.abs(ends['saddle-free-newton']!.y)).toBeGreaterThan(1);
  });

  it('Himmelblau: from beside the maximum, the optimizers settle in different minima', () => {
    const ends = endpoints(load('himmelblau-four-minima.curvature.json'));
    const minimumNear = ({ x, y }: { x: number; y: number }) => `${Math.round(x)},${Math.round(y)}`;
    expect(minimumNear(ends['gd']!)).toBe('4,-2');
    expect(minimumNear(ends['adam']!)).toBe('3,2');
  });

  it('Himmelblau basins: four gradient-descent runs from their own starts around the maximum reach the four minima', () => {
    const document = load('himmelblau-basins.curvature.json');
    expect(document.runs.every((run) => run.optimizer === 'gd' && run.start !== null)).toBe(true);
    const ends = endpoints(document);
    const reached = document.runs.map((run) => ends[run.id]!);
    expect(reached.every((end) => end.stop === 'converged')).toBe(true);
    const minima = [
      [3, 2],
      [-2.805118, 3.131312],
      [-3.77931, -3.283186],
      [3.584428, -1.848126],
    ];
    reached.forEach((end, index) => {
      expect(end.x).toBeCloseTo(minima[index]![0]!, 5);
      expect(end.y).toBeCloseTo(minima[index]![1]!, 5);
    });
  });
});
