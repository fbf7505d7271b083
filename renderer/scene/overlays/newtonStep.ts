import { OVERLAY_STYLE } from '../overlayStyle.ts';
import { stepArrowOverlay } from './stepArrowOverlay.ts';

/** Newton's step −H⁻¹∇f at the followed iterate, where H is positive definite (none elsewhere: the key says so). */
export const newtonStep = stepArrowOverlay('newton', {
  name: 'newton-step',
  toggle: 'newtonStep',
  key: OVERLAY_STYLE.newtonStep,
});
