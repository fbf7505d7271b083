import { believedDirections } from './believedDirections.ts';
import { believedParaboloid } from './believedParaboloid.ts';
import { eigenDirections } from './eigenDirections.ts';
import { gradientStep } from './gradientStep.ts';
import { lbfgsDirection } from './lbfgsDirection.ts';
import { momentumStep } from './momentumStep.ts';
import { newtonStep } from './newtonStep.ts';
import { newtonTarget } from './newtonTarget.ts';
import type { OverlayKind, OverlayToggle } from './Overlay.ts';
import type { OverlayStyle } from '../overlayStyle.ts';
import { paraboloid } from './paraboloid.ts';
import { tangentPlane } from './tangentPlane.ts';

/** Every overlay drawn at the focused point. A new overlay is one file and one line here. */
export const OVERLAYS: readonly OverlayKind[] = [
  tangentPlane,
  paraboloid,
  eigenDirections,
  newtonTarget,
  believedParaboloid,
  believedDirections,
  gradientStep,
  newtonStep,
  momentumStep,
  lbfgsDirection,
];

/** One checkbox per view flag: labelled by its first overlay, keyed by every overlay it shows. */
export function overlayToggles(kinds: readonly OverlayKind[] = OVERLAYS): { toggle: OverlayToggle; label: string; keys: OverlayStyle[] }[] {
  const toggles = new Map<OverlayToggle, { toggle: OverlayToggle; label: string; keys: OverlayStyle[] }>();
  for (const kind of kinds) {
    const entry = toggles.get(kind.toggle) ?? { toggle: kind.toggle, label: kind.key.label, keys: [] };
    entry.keys.push(kind.key);
    toggles.set(kind.toggle, entry);
  }
  return [...toggles.values()];
}
