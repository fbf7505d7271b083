import { heightOf } from '../../../core/index.ts';
import { anatomyArrow, type AnatomyArrow } from '../../compute/anatomySamples.ts';
import { RENDER_ORDER } from '../renderOrder.ts';
import { StepArrow } from '../StepArrow.ts';
import { worldX, worldY, worldZ } from '../ViewTransform.ts';
import { keyLine, type Overlay, type OverlayKind } from './Overlay.ts';

/** A step shorter than the arrow's smallest head (a small lr) is drawn as that head alone, its tip where the step lands. */
const SHORT_NOTE = 'tiny here: only its head shows';

export interface StepArrowSpec extends Omit<OverlayKind, 'create' | 'renderOrder'> {
  /** Why the arrow is missing at an iterate, for the key to say (null: nothing to say). */
  readonly whyNone?: (anatomy: Float64Array, row: number) => string | null;
}

/**
 * One arrow of the step's anatomy at the followed run's iterate (the worker's numbers: core's
 * stepAnatomy), from the iterate on the surface to where that step lands on it. Hidden at an
 * inspected point and where the run has no such arrow here.
 */
export function stepArrowOverlay(arrow: AnatomyArrow, { whyNone, ...spec }: StepArrowSpec): OverlayKind {
  return {
    ...spec,
    renderOrder: RENDER_ORDER.arrows,
    create(): Overlay {
      const object = new StepArrow(spec.key.color);
      let missing: string | null = null;
      return {
        object,
        update: ({ row, run, heightInfo, view }) => {
          missing = run === null || whyNone === undefined ? null : whyNone(run.anatomy, run.row);
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
        keyLines: (drawn) =>
          drawn
            ? [object.short ? keyLine(spec.key, { note: SHORT_NOTE, shortNote: 'tiny here' }) : keyLine(spec.key)]
            : missing === null
              ? []
              : [keyLine(spec.key, { note: missing })],
        dispose: () => object.dispose(),
      };
    },
  };
}
