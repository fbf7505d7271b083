import { describe, expect, it } from 'vitest';
import { localModels, resolveFunction, runTrajectory } from '../../core/index.ts';
import { packBelieved } from '../../renderer/compute/believedSamples.ts';
import { emptyModelRow, modelRowFrom } from '../../renderer/compute/modelSamples.ts';
import { ModelPatch } from '../../renderer/scene/ModelPatch.ts';
import { believedParaboloid } from '../../renderer/scene/overlays/believedParaboloid.ts';
import type { OverlayFocus } from '../../renderer/scene/overlays/Overlay.ts';
import { makeViewTransform } from '../../renderer/scene/ViewTransform.ts';

const DOMAIN = { x: [-2, 2], y: [-1, 3] } as const;

/** The focus on iterate `row` of an L-BFGS run on Rosenbrock from (−1.2, 1), as the scene builds it. */
function lbfgsFocus(row: number): OverlayFocus {
  const resolved = resolveFunction('rosenbrock');
  if (!resolved.ok) throw new Error(resolved.error.message);
  const objective = resolved.value.objective;
  const run = runTrajectory(objective, 'lbfgs', [-1.2, 1], { steps: 8, params: { lineSearch: 'strong-wolfe' } });
  if (!run.ok) throw new Error(run.error.message);
  const { points, pointCount, believed } = run.value;
  const models = localModels(objective, points[3 * row]!, points[3 * row + 1]!);
  if (!models.ok) throw new Error(models.error.message);
  const heightInfo = { heightScale: 'linear', valueRange: { min: 0, max: 2500 }, logOffset: 0 } as const;
  return {
    row: modelRowFrom(models.value, emptyModelRow()),
    heightInfo,
    view: makeViewTransform({ domain: DOMAIN, heightRange: { min: 0, max: 2500 } }),
    domain: DOMAIN,
    modelFloor: () => -Infinity,
    run: { points, pointCount, row, newtonType: false, believed: packBelieved(believed!), anatomy: new Float64Array(0) },
  };
}

describe('what L-BFGS believes, drawn', () => {
  it('draws no paraboloid before its first curvature pair, and the key says why', () => {
    const overlay = believedParaboloid.create();
    expect(overlay.update(lbfgsFocus(0))).toBe(false);
    expect(overlay.keyLines!(false)).toEqual([
      expect.objectContaining({
        label: 'L-BFGS’s paraboloid (its Hessian estimate B)',
        note: expect.stringMatching(/^none yet: no curvature pair/),
      }),
    ]);
    expect(overlay.update(lbfgsFocus(2))).toBe(true);
    expect(overlay.keyLines!(true)).toEqual([expect.objectContaining({ note: '' })]);
    overlay.dispose();
  });

  it('is a net of grid lines without fill, so it never reads as the surface or as the true paraboloid', () => {
    const overlay = believedParaboloid.create();
    const patch = overlay.object as ModelPatch;
    expect(patch.material.uniforms.opacity!.value).toBe(0);
    expect(patch.material.uniforms.lineOpacity!.value).toBeGreaterThan(0.5);
    overlay.dispose();
  });
});
