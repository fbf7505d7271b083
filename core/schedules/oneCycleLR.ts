import { cosine } from './cosine.ts';
import type { ScheduleDefinition } from './Schedule.ts';

/** torch's cosine annealing from `start` to `end` as pct goes from 0 to 1. */
const annealCos = (start: number, end: number, pct: number): number => end + ((start - end) / 2) * (cosine(Math.PI * pct) + 1);

/**
 * torch.optim.lr_scheduler.OneCycleLR (two phases, cosine annealing): the lr rises from
 * max_lr/div_factor to max_lr over the first pct_start of total_steps, then falls to
 * max_lr/(div_factor·final_div_factor); the momentum (or Adam's β1) moves the other way, from
 * max_momentum to base_momentum and back. It ignores the optimizer's own lr and momentum, as torch does.
 */
export const oneCycleLR: ScheduleDefinition = {
  name: 'OneCycleLR',
  settings: {
    max_lr: { rule: 'positive' },
    total_steps: { rule: 'count' },
    pct_start: { rule: 'fraction', default: 0.3 },
    div_factor: { rule: 'positive', default: 25 },
    final_div_factor: { rule: 'positive', default: 1e4 },
    base_momentum: { rule: 'momentum', default: 0.85 },
    max_momentum: { rule: 'momentum', default: 0.95 },
  },
  check({ pct_start: pct, total_steps: total }) {
    const warmup = pct! * total!;
    return warmup > 1 && warmup < total!
      ? undefined
      : `pct_start·total_steps must be greater than 1 and less than total_steps, so that both phases last (torch divides by their lengths), not ${pct}·${total} = ${warmup}.`;
  },
  maxSteps: ({ total_steps: total }) => total!,
  values(settings, _baseLr, count) {
    const { max_lr: maxLr, total_steps: total, pct_start: pct, div_factor: div, final_div_factor: finalDiv } = settings;
    const { base_momentum: baseMomentum, max_momentum: maxMomentum } = settings;
    const initialLr = maxLr! / div!;
    const minLr = initialLr / finalDiv!;
    const phases = [
      { end: pct! * total! - 1, startLr: initialLr, endLr: maxLr!, startMomentum: maxMomentum!, endMomentum: baseMomentum! },
      { end: total! - 1, startLr: maxLr!, endLr: minLr, startMomentum: baseMomentum!, endMomentum: maxMomentum! },
    ];
    const lr = new Float64Array(count + 1);
    const momentum = new Float64Array(count + 1);
    for (let step = 0; step <= count; step++) {
      let start = 0;
      for (let i = 0; i < phases.length; i++) {
        const phase = phases[i]!;
        if (step <= phase.end || i === phases.length - 1) {
          const fraction = (step - start) / (phase.end - start);
          lr[step] = annealCos(phase.startLr, phase.endLr, fraction);
          momentum[step] = annealCos(phase.startMomentum, phase.endMomentum, fraction);
          break;
        }
        start = phase.end;
      }
    }
    return { lr, momentum };
  },
};
