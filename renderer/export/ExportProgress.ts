/** How far an export has come, reported after every frame. */
export interface ExportProgress {
  readonly framesDone: number;
  readonly frameCount: number;
  readonly elapsedMs: number;
  /** Estimated from the mean time per frame so far; null before the first frame is done. */
  readonly remainingMs: number | null;
}

export function progressAfter(framesDone: number, frameCount: number, elapsedMs: number): ExportProgress {
  const remainingMs = framesDone === 0 ? null : (elapsedMs / framesDone) * (frameCount - framesDone);
  return { framesDone, frameCount, elapsedMs, remainingMs };
}

/** "1:05 left", "12 s left", or "" before there is an estimate. */
export function formatTimeLeft(remainingMs: number | null): string {
  if (remainingMs === null || !Number.isFinite(remainingMs)) return '';
  const seconds = Math.ceil(remainingMs / 1000);
  if (seconds < 60) return `${seconds} s left`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')} left`;
}
