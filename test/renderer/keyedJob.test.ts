import { describe, expect, it } from 'vitest';
import { defaultSession, type SessionDocument } from '../../core/index.ts';
import type { RunResult } from '../../renderer/compute/protocol.ts';
import { KeyedJob, type JobOutcome } from '../../renderer/app/KeyedJob.ts';
import { pairRuns } from '../../renderer/app/SceneSync.ts';

/** A job whose computations finish when the test says, one by one. */
function controlledJob() {
  const started: { document: SessionDocument; finish(outcome: JobOutcome): void }[] = [];
  let slices = 0;
  let settled = 0;
  const job = new KeyedJob(
    (d) => {
      slices++;
      return [d.function, d.domain] as const;
    },
    (document) => new Promise<JobOutcome>((resolve) => started.push({ document, finish: resolve })),
    () => void settled++,
  );
  return { job, started, slices: () => slices, settled: () => settled };
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a keyed job', () => {
  it('computes a slice once, is current when it is shown, and compares slices by value', async () => {
    const { job, started, slices } = controlledJob();
    const document = defaultSession();
    job.ensure(document);
    job.ensure(document);
    job.ensure({ ...document, domain: { x: [...document.domain.x], y: [...document.domain.y] } });
    expect(started).toHaveLength(1);
    expect(job.isCurrent(document)).toBe(false);
    started[0]!.finish('shown');
    await flush();
    expect(job.isCurrent(document)).toBe(true);
    // An edit elsewhere in the document (the camera) leaves the slice as it was.
    expect(job.isCurrent({ ...document, camera: { ...document.camera, fov: 20 } })).toBe(true);
    // Asking again about the same document takes no new slice.
    job.isCurrent(document);
    const before = slices();
    for (let i = 0; i < 100; i++) job.isCurrent(document);
    expect(slices()).toBe(before);
  });

  it('shows only the latest: a superseded computation leaves the shown slice alone', async () => {
    const { job, started, settled } = controlledJob();
    const first = defaultSession();
    const second = { ...first, function: 'himmelblau' };
    job.ensure(first);
    job.ensure(second);
    expect(started).toHaveLength(2);
    started[0]!.finish('superseded');
    await flush();
    expect(job.isCurrent(first)).toBe(false);
    expect(job.isPending).toBe(true);
    started[1]!.finish('shown');
    await flush();
    expect(job.isCurrent(second)).toBe(true);
    expect(job.isPending).toBe(false);
    expect(settled()).toBe(2);
    job.markShown(first);
    expect(job.isCurrent(first)).toBe(true);
  });
});

describe('pairing run results with runs', () => {
  const document = defaultSession();
  const result = (id: string): RunResult => ({ id, ok: false, message: `result of ${id}` });

  it('pairs by id, whatever the order, and gives a run with no result yet none of another', () => {
    const [a, b, c] = document.runs;
    const entries = pairRuns([c!, a!], [result(a!.id), result(b!.id), result(c!.id)]);
    expect(entries.map((entry) => [entry.spec.id, entry.result.id])).toEqual([
      [c!.id, c!.id],
      [a!.id, a!.id],
    ]);
    const fresh = { ...a!, id: 'fresh' };
    const [entry] = pairRuns([fresh], [result(b!.id)]);
    expect(entry?.result).toEqual({ id: 'fresh', ok: false, message: 'Not computed yet.' });
  });
});
