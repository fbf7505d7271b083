import { describe, expect, it } from 'vitest';
import { HEIGHT_EXTENT, MAX_ASPECT, makeViewTransform, mathX, mathY, worldX, worldY, worldZ } from '../../renderer/scene/ViewTransform.ts';

describe('view transform', () => {
  it('maps the longer side of the domain to 2 world units and keeps the aspect', () => {
    const view = makeViewTransform({ domain: { x: [-3, 3], y: [-2, 2] }, heightRange: { min: 5, max: 15 } });
    expect(worldX(view, -3)).toBeCloseTo(-1);
    expect(worldX(view, 3)).toBeCloseTo(1);
    expect(worldY(view, 2)).toBeCloseTo(2 / 3);
    expect(view.sx).toBeCloseTo(view.sy);
    expect(worldZ(view, 5)).toBe(0);
    expect(worldZ(view, 15)).toBeCloseTo(HEIGHT_EXTENT);
  });

  it('inverts x and y', () => {
    const view = makeViewTransform({ domain: { x: [-2, 2], y: [-1, 3] }, heightRange: null });
    for (const x of [-2, -0.3, 1.7]) expect(mathX(view, worldX(view, x))).toBeCloseTo(x, 12);
    for (const y of [-1, 0.4, 3]) expect(mathY(view, worldY(view, y))).toBeCloseTo(y, 12);
  });

  it('squeezes extreme domains and keeps heights finite', () => {
    const view = makeViewTransform({ domain: { x: [0, 1000], y: [0, 1] }, heightRange: { min: 0, max: 0 } });
    expect(view.halfDepth).toBeCloseTo(1 / MAX_ASPECT);
    expect(worldZ(view, 3)).toBe(3);
    expect(worldZ(view, NaN)).toBe(0);
    expect(Number.isFinite(worldZ(view, 1e300))).toBe(true);
  });
});
