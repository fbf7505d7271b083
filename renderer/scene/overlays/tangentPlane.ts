import { RENDER_ORDER } from '../renderOrder.ts';
import { modelPatchOverlay } from './modelPatchOverlay.ts';

/** The plane the gradient defines at the focused point: what a gradient method walks down. */
export const tangentPlane = modelPatchOverlay('plane', {
  name: 'tangent-plane',
  toggle: 'tangentPlane',
  key: { label: 'Tangent plane', color: '#ffb454' },
  renderOrder: RENDER_ORDER.tangentPlane,
});
