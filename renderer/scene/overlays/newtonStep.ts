import { noNewtonAt } from '../../compute/anatomySamples.ts';
import { stepArrowOverlay } from './stepArrowOverlay.ts';

/** Newton's step −H⁻¹∇f at the followed iterate, where H is positive definite (none elsewhere: the key says so). */
export const newtonStep = stepArrowOverlay('newton', {
  name: 'newton-step',
  toggle: 'newtonStep',
  key: { label: 'Newton step −H⁻¹∇f', short: 'Newton step', color: '#ff00ff' },
  // Asked for but not drawn here: the key still lists Newton's step, with why there is none.
  whyNone: (anatomy, row) => {
    const why = noNewtonAt(anatomy, row);
    return why === 'not-positive-definite'
      ? 'none here: H is not positive definite'
      : why === 'no-models'
        ? 'none here: f has no Hessian'
        : null;
  },
});
