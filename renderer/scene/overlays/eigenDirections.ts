import { heightOf } from '../../../core/index.ts';
import { EigenArrows } from '../EigenArrows.ts';
import { OVERLAY_STYLE } from '../overlayStyle.ts';
import { RENDER_ORDER } from '../renderOrder.ts';
import { worldX, worldY, worldZ } from '../ViewTransform.ts';
import { keyLine, type OverlayFocus, type OverlayKind } from './Overlay.ts';

/** d(drawn height)/df at a point of value f, so arrows follow the tangent plane on a log scale too. */
export function drawnHeightSlope(heightInfo: OverlayFocus['heightInfo'], f: number): number {
  return heightInfo.heightScale === 'log' && heightInfo.valueRange !== null
    ? 1 / ((Math.max(f - heightInfo.valueRange.min, 0) + heightInfo.logOffset) * Math.LN10)
    : 1;
}

/** The Hessian's eigen-directions at the focused point, as arrows in the tangent plane. */
export const eigenDirections: OverlayKind = {
  name: 'eigen-directions',
  toggle: 'eigenvectors',
  key: { label: 'Eigen-directions', short: 'Eigen-directions', color: OVERLAY_STYLE.curvesUp.color },
  listed: [OVERLAY_STYLE.curvesUp, OVERLAY_STYLE.curvesDown],
  renderOrder: RENDER_ORDER.arrows,
  create() {
    const arrows = new EigenArrows();
    let l1 = 0;
    let l2 = 0;
    return {
      object: arrows,
      update: ({ row, heightInfo, view }) => {
        l1 = row.l1;
        l2 = row.l2;
        const slope = drawnHeightSlope(heightInfo, row.f);
        const z = worldZ(view, heightOf(heightInfo, row.f));
        arrows.update(row, view, worldX(view, row.x), worldY(view, row.y), z, slope);
        return true;
      },
      keyLines: (drawn) => {
        if (!drawn) return [];
        // No curvature at all (a flat layer) draws no arrows, so the key lists none.
        const curved = l1 !== 0 || l2 !== 0;
        return [
          ...(curved && (l1 >= 0 || l2 >= 0) ? [keyLine(OVERLAY_STYLE.curvesUp)] : []),
          ...(l1 < 0 || l2 < 0 ? [keyLine(OVERLAY_STYLE.curvesDown)] : []),
        ];
      },
      dispose: () => arrows.dispose(),
    };
  },
};
