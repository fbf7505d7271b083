import type { ScheduleDefinition } from './Schedule.ts';

/**
 * torch.optim.lr_scheduler.LinearLR in its recursive form: the lr scaled by a factor going
 * linearly from `start_factor` to `end_factor` over `total_iters` steps, then held.
 */
export const linearLR: ScheduleDefinition = {
  name: 'LinearLR',
  settings: {
    start_factor: { rule: 'fraction', default: 1 / 3 },
    end_factor: { rule: 'fraction', default: 1 },
    total_iters: { rule: 'count', default: 5 },
  },
  check: ({ start_factor: start }) =>
    start === 0 ? 'start_factor must be greater than 0 (torch divides by it on the first step), not 0.' : undefined,
  values({ start_factor: startFactor, end_factor: endFactor, total_iters: totalIters }, baseLr, count) {
    const start = startFactor!;
    const end = endFactor!;
    const total = totalIters!;
    const lr = new Float64Array(count + 1);
    lr[0] = baseLr * start;
    for (let epoch = 1; epoch <= count; epoch++) {
      const previous = lr[epoch - 1]!;
      lr[epoch] = epoch > total ? previous : previous * (1 + (end - start) / (total * start + (epoch - 1) * (end - start)));
    }
    return { lr, momentum: null };
  },
};
