import { OVERLAY_STYLE } from '../overlayStyle.ts';
import { RENDER_ORDER } from '../renderOrder.ts';
import { modelPatchOverlay } from './modelPatchOverlay.ts';

/** The plane the gradient defines at the focused point: what a gradient method walks down. */
export const tangentPlane = modelPatchOverlay('plane', {
  name: 'tangent-plane',
  toggle: 'tangentPlane',
  key: OVERLAY_STYLE.tangentPlane,
  renderOrder: RENDER_ORDER.tangentPlane,
});
