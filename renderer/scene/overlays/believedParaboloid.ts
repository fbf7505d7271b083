import { believedRow, believedSteps } from '../../compute/believedSamples.ts';
import { emptyModelRow, type ModelRow } from '../../compute/modelSamples.ts';
import { LAYER_3D_ONLY } from '../layers.ts';
import { ModelPatch } from '../ModelPatch.ts';
import { OVERLAY_STYLE } from '../overlayStyle.ts';
import { RENDER_ORDER } from '../renderOrder.ts';
import { PATCH_BAND, patchKeyLine } from './modelPatchOverlay.ts';
import { patchHalfSize, type OverlayFocus, type OverlayKind } from './Overlay.ts';

/**
 * The focused point's models with L-BFGS's belief there (B and its eigen-directions) in place of
 * the Hessian, into `out`; null unless the focus is an L-BFGS run's iterate that takes a step.
 */
export function believedAt({ row, run }: OverlayFocus, out: ModelRow): ModelRow | null {
  const believed = run?.believed ?? null;
  if (run === null || believed === null || run.row >= believedSteps(believed)) return null;
  return believedRow(believed, run.row, row, out);
}

/**
 * What L-BFGS believes at the followed iterate: the paraboloid of its Hessian estimate B (f's
 * value and gradient there, B's curvature), beside the true Taylor paraboloid.
 */
export const believedParaboloid: OverlayKind = {
  name: 'believed-paraboloid',
  toggle: 'believedModel',
  key: OVERLAY_STYLE.believed,
  renderOrder: RENDER_ORDER.paraboloid,
  create() {
    const patch = new ModelPatch('quadratic', OVERLAY_STYLE.believed.color, RENDER_ORDER.paraboloid);
    patch.layers.set(LAYER_3D_ONLY);
    patch.setHeightBand(PATCH_BAND[0], PATCH_BAND[1]);
    const row = emptyModelRow();
    return {
      object: patch,
      update: (focus) => {
        const believed = believedAt(focus, row);
        if (believed === null) return false;
        const [halfX, halfY] = patchHalfSize(focus.domain);
        patch.update(believed, focus.heightInfo, focus.view, halfX, halfY);
        return true;
      },
      keyLines: (drawn) => (drawn ? [patchKeyLine(OVERLAY_STYLE.believed, patch)] : []),
      dispose: () => patch.dispose(),
    };
  },
};
