import { LAYER_3D_ONLY } from '../layers.ts';
import { ModelPatch } from '../ModelPatch.ts';
import { clipNote, shortClipNote } from '../clipNote.ts';
import { keyLine, patchHalfSize, type KeyLine, type Overlay, type OverlayKind } from './Overlay.ts';

/**
 * Model patches are drawn within the box the surface fills (world heights 0 … 1): a model that
 * curves far faster than the surface is cut at the box, never drawn over the view above it.
 */
export const PATCH_BAND = [0, 1] as const;

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
        keyLines: (drawn) => (drawn ? [patchKeyLine(spec.key, patch)] : []),
        dispose: () => patch.dispose(),
      };
    },
  };
}

/** A model patch's key line: drawn in 3D only, with where a log height scale clips it. */
export function patchKeyLine(style: OverlayKind['key'], patch: ModelPatch): KeyLine {
  const clipped = patch.clippedBelow;
  return clipped === null
    ? keyLine(style, { only3d: true })
    : keyLine(style, { only3d: true, note: clipNote(clipped), shortNote: shortClipNote(clipped) });
}
