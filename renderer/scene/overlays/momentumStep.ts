import { stepArrowOverlay } from './stepArrowOverlay.ts';

/** For momentum and Nesterov runs: the momentum buffer the run holds at the iterate, scaled as its share of the next step (−lr·μ·b; −lr·μ²·b for Nesterov). */
export const momentumStep = stepArrowOverlay('momentum', {
  name: 'momentum-step',
  toggle: 'momentumStep',
  key: { label: 'Momentum buffer’s share of the step', short: 'Momentum share', color: '#ffaaaa' },
});
