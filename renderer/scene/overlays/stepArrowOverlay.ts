import { heightOf } from '../../../core/index.ts';
import { anatomyArrow, type AnatomyArrow } from '../../compute/anatomySamples.ts';
import { RENDER_ORDER } from '../renderOrder.ts';
import { StepArrow } from '../StepArrow.ts';
import { worldX, worldY, worldZ } from '../ViewTransform.ts';
import type { Overlay, OverlayKind } from './Overlay.ts';

/**
 * One arrow of the step's anatomy at the followed run's iterate (the worker's numbers: core's
 * stepAnatomy), from the iterate on the surface to where that step lands on it. Hidden at an
 * inspected point and where the run has no such arrow here.
 */
export function stepArrowOverlay(arrow: AnatomyArrow, spec: Omit<OverlayKind, 'create' | 'renderOrder'>): OverlayKind {
  return {
    ...spec,
    renderOrder: RENDER_ORDER.arrows,
    create(): Overlay {
      const object = new StepArrow(spec.key.color);
      return {
        object,
        update: ({ row, run, heightInfo, view }) => {
          if (run === null) return false;
          const found = anatomyArrow(run.anatomy, run.row, arrow);
          if (found === null || !Number.isFinite(row.f)) return false;
          const [dx, dy, landed] = found;
          const z = (f: number) => worldZ(view, heightOf(heightInfo, f));
          // Where f is not defined at the end, the arrow stays level rather than vanishing.
          const end = Number.isFinite(landed) ? landed : row.f;
          return object.place(
            [worldX(view, row.x), worldY(view, row.y), z(row.f)],
            [worldX(view, row.x + dx), worldY(view, row.y + dy), z(end)],
            view.halfWidth,
            view.halfDepth,
          );
        },
        anchor: () => [object.to.x, object.to.y, object.to.z],
        dispose: () => object.dispose(),
      };
    },
  };
}
