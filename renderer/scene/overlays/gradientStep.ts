import { stepArrowOverlay } from './stepArrowOverlay.ts';

/** The gradient step −lr·∇f at the followed iterate: gradient descent's step with the run's learning rate. */
export const gradientStep = stepArrowOverlay('gradient', {
  name: 'gradient-step',
  toggle: 'gradientStep',
  key: { label: 'Gradient step −lr·∇f', short: 'Gradient step', color: '#88aa00' },
});
