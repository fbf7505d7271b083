import { heightOf } from '../../../core/index.ts';
import { emptyModelRow } from '../../compute/modelSamples.ts';
import { EigenArrows } from '../EigenArrows.ts';
import { OVERLAY_STYLE } from '../overlayStyle.ts';
import { RENDER_ORDER } from '../renderOrder.ts';
import { worldX, worldY, worldZ } from '../ViewTransform.ts';
import { believedAt } from './believedParaboloid.ts';
import { drawnHeightSlope } from './eigenDirections.ts';
import type { OverlayKind } from './Overlay.ts';

/** The eigen-directions of L-BFGS's B at the followed iterate, in B's colour, beside H's. */
export const believedDirections: OverlayKind = {
  name: 'believed-directions',
  toggle: 'believedModel',
  key: { label: 'Eigen-directions of B', short: 'B’s directions', color: OVERLAY_STYLE.believed.color },
  // The key lists them under L-BFGS's paraboloid, in the same colour.
  listed: [],
  renderOrder: RENDER_ORDER.arrows,
  create() {
    const color = OVERLAY_STYLE.believed.color;
    const arrows = new EigenArrows({ up: color, down: color });
    const row = emptyModelRow();
    return {
      object: arrows,
      update: (focus) => {
        const believed = believedAt(focus, row);
        if (believed === null) return false;
        const { heightInfo, view } = focus;
        const z = worldZ(view, heightOf(heightInfo, believed.f));
        arrows.update(believed, view, worldX(view, believed.x), worldY(view, believed.y), z, drawnHeightSlope(heightInfo, believed.f));
        return true;
      },
      keyLines: () => [],
      dispose: () => arrows.dispose(),
    };
  },
};
