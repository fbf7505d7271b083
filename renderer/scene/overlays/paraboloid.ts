import { RENDER_ORDER } from '../renderOrder.ts';
import { modelPatchOverlay } from './modelPatchOverlay.ts';

/** The second-order Taylor model at the focused point: what Newton's method jumps to the bottom of. */
export const paraboloid = modelPatchOverlay('quadratic', {
  name: 'paraboloid',
  toggle: 'paraboloid',
  key: { label: 'Paraboloid (Taylor model)', color: '#7fd6ff' },
  renderOrder: RENDER_ORDER.paraboloid,
});
