/** Median wall time of `run` in milliseconds, after warm-up rounds (so the JIT has settled). */
export function medianMs(run: () => void, rounds = 15, warmup = 5): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Medians of two workloads timed in alternation, so a busy machine slows both alike and the
 * ratio stays meaningful.
 */
export function medianPairMs(a: () => void, b: () => void, rounds = 21, warmup = 5): [number, number] {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < rounds; i++) {
    for (const [index, run] of [a, b].entries()) {
      const start = performance.now();
      run();
      times[index]!.push(performance.now() - start);
    }
  }
  const median = (values: number[]) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
  return [median(times[0]), median(times[1])];
}

/** One line: the figure, the floor measured in the same run, their ratio, and the target. */
export function report(label: string, value: number, floor: number, unit: string, target?: number): void {
  const ratio = value / floor;
  const verdict = target === undefined ? '' : ratio <= target ? `  (target ≤ ${target}: met)` : `  (target ≤ ${target}: MISSED)`;
  const digits = value < 10 ? 2 : 1;
  process.stdout.write(
    `${label.padEnd(44)} ${value.toFixed(digits).padStart(9)} ${unit}   floor ${floor.toFixed(digits).padStart(9)} ${unit}   ratio ${ratio.toFixed(2)}${verdict}\n`,
  );
}
