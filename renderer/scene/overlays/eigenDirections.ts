import { heightOf } from '../../../core/index.ts';
import { EigenArrows, POSITIVE_CURVATURE } from '../EigenArrows.ts';
import { RENDER_ORDER } from '../renderOrder.ts';
import { worldX, worldY, worldZ } from '../ViewTransform.ts';
import type { OverlayKind } from './Overlay.ts';

/** The Hessian's eigen-directions at the focused point, as arrows in the tangent plane. */
export const eigenDirections: OverlayKind = {
  name: 'eigen-directions',
  toggle: 'eigenvectors',
  key: { label: 'Eigen-directions', color: POSITIVE_CURVATURE },
  renderOrder: RENDER_ORDER.arrows,
  create() {
    const arrows = new EigenArrows();
    return {
      object: arrows,
      update: ({ row, heightInfo, view }) => {
        // d(drawn height)/df at the point, so the arrows follow the tangent plane in log scale too.
        const slope =
          heightInfo.heightScale === 'log' && heightInfo.valueRange !== null
            ? 1 / ((Math.max(row.f - heightInfo.valueRange.min, 0) + heightInfo.logOffset) * Math.LN10)
            : 1;
        const z = worldZ(view, heightOf(heightInfo, row.f));
        arrows.update(row, view, worldX(view, row.x), worldY(view, row.y), z, slope);
        return true;
      },
      dispose: () => arrows.dispose(),
    };
  },
};
