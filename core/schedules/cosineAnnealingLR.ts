import { cosine } from './cosine.ts';
import type { ScheduleDefinition } from './Schedule.ts';

/**
 * torch.optim.lr_scheduler.CosineAnnealingLR in its recursive form: from the base lr down to
 * η_min over T_max steps along half a cosine, then back up over the next T_max (the recursion
 * keeps going, so the schedule is periodic with period 2·T_max).
 */
export const cosineAnnealingLR: ScheduleDefinition = {
  name: 'CosineAnnealingLR',
  settings: { T_max: { rule: 'count' }, eta_min: { rule: 'non-negative', default: 0 } },
  values({ T_max: period, eta_min: etaMin }, baseLr, count) {
    const T = period!;
    const floor = etaMin!;
    const lr = new Float64Array(count + 1);
    lr[0] = baseLr;
    for (let epoch = 1; epoch <= count; epoch++) {
      const previous = lr[epoch - 1]!;
      lr[epoch] =
        (epoch - 1 - T) % (2 * T) === 0
          ? previous + ((baseLr - floor) * (1 - cosine(Math.PI / T))) / 2
          : ((1 + cosine((Math.PI * epoch) / T)) / (1 + cosine((Math.PI * (epoch - 1)) / T))) * (previous - floor) + floor;
    }
    return { lr, momentum: null };
  },
};
