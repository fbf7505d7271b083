import { believedRow, believedSteps, believesAt } from '../../compute/believedSamples.ts';
import { emptyModelRow, type ModelRow } from '../../compute/modelSamples.ts';
import { LAYER_3D_ONLY } from '../layers.ts';
import { ModelPatch } from '../ModelPatch.ts';
import { OVERLAY_STYLE } from '../overlayStyle.ts';
import { RENDER_ORDER } from '../renderOrder.ts';
import { PATCH_BAND, patchKeyLine } from './modelPatchOverlay.ts';
import { keyLine, patchHalfSize, type OverlayFocus, type OverlayKind } from './Overlay.ts';

/** Whether the focus is an L-BFGS run's iterate that takes a step, and whether that step's B rests on any curvature pair. */
function beliefAt({ run }: OverlayFocus): 'none' | 'no-pairs' | 'believed' {
  const believed = run?.believed ?? null;
  if (run === null || believed === null || run.row >= believedSteps(believed)) return 'none';
  return believesAt(believed, run.row) ? 'believed' : 'no-pairs';
}

/**
 * The focused point's models with L-BFGS's belief there (B and its eigen-directions) in place of
 * the Hessian, into `out`; null unless the focus is an L-BFGS run's iterate whose step rests on
 * at least one curvature pair (before that, B = I says nothing of f).
 */
export function believedAt(focus: OverlayFocus, out: ModelRow): ModelRow | null {
  if (beliefAt(focus) !== 'believed') return null;
  return believedRow(focus.run!.believed!, focus.run!.row, focus.row, out);
}

/** The key's line for L-BFGS's B at a step that has no curvature pair yet: why nothing is drawn. */
const NO_PAIRS_YET = keyLine(OVERLAY_STYLE.believed, {
  only3d: true,
  note: 'none yet: no curvature pair, the step goes along −∇f',
  shortNote: 'none yet',
});

/**
 * What L-BFGS believes at the followed iterate: the paraboloid of its Hessian estimate B (f's
 * value and gradient there, B's curvature), beside the true Taylor paraboloid, as grid lines
 * alone so the estimate never reads as part of the surface or as the true model.
 */
export const believedParaboloid: OverlayKind = {
  name: 'believed-paraboloid',
  toggle: 'believedModel',
  key: OVERLAY_STYLE.believed,
  renderOrder: RENDER_ORDER.paraboloid,
  create() {
    const patch = new ModelPatch('quadratic', OVERLAY_STYLE.believed.color, RENDER_ORDER.paraboloid, 'net');
    patch.layers.set(LAYER_3D_ONLY);
    patch.setHeightBand(PATCH_BAND[0], PATCH_BAND[1]);
    const row = emptyModelRow();
    let noPairsYet = false;
    return {
      object: patch,
      update: (focus) => {
        noPairsYet = beliefAt(focus) === 'no-pairs';
        const believed = believedAt(focus, row);
        if (believed === null) return false;
        const [halfX, halfY] = patchHalfSize(focus.domain);
        patch.update(believed, focus.heightInfo, focus.view, halfX, halfY);
        return true;
      },
      keyLines: (drawn) => (drawn ? [patchKeyLine(OVERLAY_STYLE.believed, patch)] : noPairsYet ? [NO_PAIRS_YET] : []),
      dispose: () => patch.dispose(),
    };
  },
};
