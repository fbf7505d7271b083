import { OVERLAY_STYLE } from '../overlayStyle.ts';
import { RENDER_ORDER } from '../renderOrder.ts';
import { modelPatchOverlay } from './modelPatchOverlay.ts';

/** The second-order Taylor model at the focused point: what Newton's method jumps to the bottom of. */
export const paraboloid = modelPatchOverlay('quadratic', {
  name: 'paraboloid',
  toggle: 'paraboloid',
  key: OVERLAY_STYLE.paraboloid,
  renderOrder: RENDER_ORDER.paraboloid,
});
