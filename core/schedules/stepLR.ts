import type { ScheduleDefinition } from './Schedule.ts';

/** torch.optim.lr_scheduler.StepLR: lr × γ every `step_size` steps (its recursive form, as `step()` computes it). */
export const stepLR: ScheduleDefinition = {
  name: 'StepLR',
  settings: { step_size: { rule: 'count' }, gamma: { rule: 'non-negative', default: 0.1 } },
  values({ step_size: stepSize, gamma }, baseLr, count) {
    const lr = new Float64Array(count + 1);
    lr[0] = baseLr;
    for (let epoch = 1; epoch <= count; epoch++) lr[epoch] = epoch % stepSize! !== 0 ? lr[epoch - 1]! : lr[epoch - 1]! * gamma!;
    return { lr, momentum: null };
  },
};
