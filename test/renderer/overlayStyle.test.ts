import { describe, expect, it } from 'vitest';
import { RUN_PALETTE } from '../../core/session/runDefaults.ts';
import { viridis } from '../../renderer/scene/colormap.ts';
import { ModelPatch } from '../../renderer/scene/ModelPatch.ts';
import { OVERLAYS } from '../../renderer/scene/overlays/registry.ts';
import { TRAJECTORY_STYLE } from '../../renderer/scene/TrajectoryPath.ts';

/** CIE L*a*b* of an sRGB colour (D65, components in [0, 1]), for a distance that follows what the eye tells apart. */
function labOf(components: readonly number[]): [number, number, number] {
  const [r, g, b] = components.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const lab = (hex: string) => labOf([1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255));
const distance = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));

/** ΔE*ab (CIE76) above which two colours read as different in a legend at a glance. */
const APART = 24;

describe('overlay, run and trajectory colours', () => {
  // Every style a registered overlay's key can show, once each (overlays of one flag may share one).
  const styles = new Map(OVERLAYS.flatMap((kind) => kind.listed ?? [kind.key]).map((style) => [style.label, style]));
  const overlays = [...styles.entries()];

  it('no overlay takes a colour near a run colour', () => {
    for (const [name, style] of overlays)
      for (const run of RUN_PALETTE) expect(distance(style.color, run), `${name} ${style.color} vs run ${run}`).toBeGreaterThan(APART);
  });

  it('no run colour is near the colour trajectory files are drawn in', () => {
    for (const run of RUN_PALETTE) expect(distance(TRAJECTORY_STYLE.color, run), `run ${run}`).toBeGreaterThan(APART);
  });

  it('the run colours differ from one another', () => {
    for (const [i, first] of RUN_PALETTE.entries())
      for (const second of RUN_PALETTE.slice(i + 1)) expect(distance(first, second), `${first} vs ${second}`).toBeGreaterThan(APART);
  });

  it('the first five run colours, those most often compared, are far apart', () => {
    const first = RUN_PALETTE.slice(0, 5);
    for (const [i, a] of first.entries()) for (const b of first.slice(i + 1)) expect(distance(a, b), `${a} vs ${b}`).toBeGreaterThan(50);
  });

  it('the overlays differ from one another', () => {
    for (const [i, [a, first]] of overlays.entries())
      for (const [b, second] of overlays.slice(i + 1)) expect(distance(first.color, second.color), `${a} vs ${b}`).toBeGreaterThan(APART);
  });

  it('every patch laid over the surface stands apart from every colour of the surface’s colormap', () => {
    const patches = OVERLAYS.filter((kind) => {
      const overlay = kind.create();
      const isPatch = overlay.object instanceof ModelPatch;
      overlay.dispose();
      return isPatch;
    });
    expect(patches.map((kind) => kind.name)).toEqual(['tangent-plane', 'paraboloid', 'believed-paraboloid']);
    for (const kind of patches)
      for (let i = 0; i <= 64; i++) {
        const surface = lab(kind.key.color).map((v, k) => v - labOf(viridis(i / 64, [0, 0, 0]) as number[])[k]!);
        expect(Math.hypot(...surface), `${kind.name} ${kind.key.color} vs viridis(${i}/64)`).toBeGreaterThan(APART);
      }
  });

  it('every overlay has a name for the key', () => {
    for (const [, style] of overlays) expect(style.label.length).toBeGreaterThan(3);
  });
});
