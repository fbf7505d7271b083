import { stepArrowOverlay } from './stepArrowOverlay.ts';

/** For L-BFGS runs: the direction d = −B⁻¹∇f its two-loop recursion chose for the step from the iterate (−∇f on the first). */
export const lbfgsDirection = stepArrowOverlay('lbfgs', {
  name: 'lbfgs-direction',
  toggle: 'lbfgsDirection',
  key: { label: 'L-BFGS direction d = −B⁻¹∇f', short: 'L-BFGS direction', color: '#119944' },
});
