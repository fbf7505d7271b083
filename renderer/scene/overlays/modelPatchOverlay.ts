import { LAYER_3D_ONLY } from '../layers.ts';
import { ModelPatch } from '../ModelPatch.ts';
import { patchHalfSize, type Overlay, type OverlayKind } from './Overlay.ts';

/** Model patches are drawn within this band of world heights (the surface spans 0 … 1). */
const PATCH_BAND = [-0.35, 1.4] as const;

/** A patch of a local model (the tangent plane or the quadratic) around the focused point, in the 3D view only. */
export function modelPatchOverlay(kind: 'plane' | 'quadratic', spec: Omit<OverlayKind, 'create'>): OverlayKind {
  return {
    ...spec,
    create(): Overlay {
      const patch = new ModelPatch(kind, spec.key.color, spec.renderOrder);
      patch.layers.set(LAYER_3D_ONLY);
      patch.setHeightBand(PATCH_BAND[0], PATCH_BAND[1]);
      return {
        object: patch,
        update: ({ row, heightInfo, view, domain }) => {
          const [halfX, halfY] = patchHalfSize(domain);
          patch.update(row, heightInfo, view, halfX, halfY);
          return true;
        },
        dispose: () => patch.dispose(),
      };
    },
  };
}
