import { heightOf } from '../../../core/index.ts';
import { RENDER_ORDER } from '../renderOrder.ts';
import { OVERLAY_STYLE } from '../overlayStyle.ts';
import { TargetMarker } from '../TargetMarker.ts';
import { clampWorld, worldX, worldY, worldZ } from '../ViewTransform.ts';
import { keyLine, type OverlayKind } from './Overlay.ts';

/**
 * The quadratic model's stationary point, shown with the paraboloid: at an inspected point, or
 * along a Newton-type run (where a step goes to it).
 */
export const newtonTarget: OverlayKind = {
  name: 'newton-target',
  toggle: 'paraboloid',
  key: OVERLAY_STYLE.target,
  renderOrder: RENDER_ORDER.target,
  create() {
    const marker = new TargetMarker();
    return {
      object: marker,
      update: ({ row, heightInfo, view, domain, run, modelFloor }) => {
        if (!row.hasTarget || (run !== null && !run.newtonType)) return false;
        let surfaceZ: number | null = null;
        const next = run === null ? -1 : run.row + 1;
        if (run !== null && next < run.pointCount) {
          // The drop to the surface marks where the step landed: only when it landed on the ring
          // (Newton with lr 1); damped and saddle-free Newton, or a shorter lr, step elsewhere.
          const near = 1e-6 * Math.max(domain.x[1] - domain.x[0], domain.y[1] - domain.y[0]);
          const p = run.points;
          const landed = Math.abs(p[3 * next]! - row.tx) <= near && Math.abs(p[3 * next + 1]! - row.ty) <= near;
          if (landed) surfaceZ = worldZ(view, heightOf(heightInfo, p[3 * next + 2]!));
        }
        // On the paraboloid as drawn; where a log scale clips the model below the target, the
        // paraboloid's lowest point is not drawn, and the ring sits where the step lands instead.
        const floor = modelFloor();
        const targetClipped = row.tf < floor;
        const modelZ = worldZ(view, heightOf(heightInfo, Math.max(row.tf, floor)));
        marker.place(
          clampWorld(worldX(view, row.tx)),
          clampWorld(worldY(view, row.ty)),
          targetClipped && surfaceZ !== null ? surfaceZ : modelZ,
          targetClipped ? null : surfaceZ,
        );
        return true;
      },
      anchor: () => {
        const p = marker.position3;
        return [p.x, p.y, p.z];
      },
      keyLines: (drawn) => (drawn ? [keyLine(OVERLAY_STYLE.target, { swatch: 'ring' })] : []),
      dispose: () => marker.dispose(),
    };
  },
};
