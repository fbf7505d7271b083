import { describe, expect, it } from 'vitest';
import { emptyModelRow, type ModelRow } from '../../renderer/compute/modelSamples.ts';
import { ModelPatch } from '../../renderer/scene/ModelPatch.ts';
import { MAX_VERTEX_STEP } from '../../renderer/scene/overlayFloor.ts';
import { makeViewTransform, worldZ } from '../../renderer/scene/ViewTransform.ts';

/** The local models of x² − y² at (0.5, 0.5): value 0, gradient (1, −1), Hessian diag(2, −2). */
function saddleRow(): ModelRow {
  return { ...emptyModelRow(), valid: true, x: 0.5, y: 0.5, f: 0, gx: 1, gy: -1, hxx: 2, hxy: 0, hyy: -2 };
}

const view = makeViewTransform({ domain: { x: [-2, 2], y: [-2, 2] }, heightRange: { min: -3, max: 1 } });

function drawnFlags(patch: ModelPatch): Float32Array {
  return patch.geometry.getAttribute('above').array as Float32Array;
}

describe('model patches', () => {
  it('on a linear height scale every vertex of the paraboloid is drawn', () => {
    const patch = new ModelPatch('quadratic', '#3ec1ff', 2);
    patch.update(saddleRow(), { heightScale: 'linear', valueRange: { min: -4, max: 4 }, logOffset: 0 }, view, 1, 1);
    expect(drawnFlags(patch).every((flag) => flag > 0)).toBe(true);
    patch.dispose();
  });

  it('on a log height scale the part of the model below the surface’s lowest value is cut, not clamped to the floor', () => {
    const patch = new ModelPatch('quadratic', '#3ec1ff', 2);
    patch.update(saddleRow(), { heightScale: 'log', valueRange: { min: -1, max: 4 }, logOffset: 1e-3 }, view, 1, 1);
    const flags = drawnFlags(patch);
    const positions = patch.geometry.getAttribute('position').array as Float32Array;
    // The model m = (x−0.5) − (y−0.5) + (x−0.5)² − (y−0.5)² falls below −1 towards large y: those vertices are flagged.
    const cut = flags.filter((flag) => flag < 0).length;
    expect(cut).toBeGreaterThan(0);
    expect(cut).toBeLessThan(flags.length);
    for (let k = 0; k < flags.length; k++) expect(Number.isFinite(positions[3 * k + 2]!)).toBe(true);
    patch.dispose();
  });

  it('on a log height scale a narrow trough at the surface’s lowest value is clipped flat at a floor, with no step between neighbours larger than MAX_VERTEX_STEP', () => {
    // Rosenbrock's models at its minimum (1, 1): value 0, Hessian [[802, −400], [−400, 200]], a trough one cell wide.
    const row: ModelRow = { ...emptyModelRow(), valid: true, x: 1, y: 1, f: 0, gx: 0, gy: 0, hxx: 802, hxy: -400, hyy: 200 };
    const grid = { heightScale: 'log' as const, valueRange: { min: 0, max: 2500 }, logOffset: 2500e-6 };
    const logView = makeViewTransform({
      domain: { x: [-2, 2], y: [-1, 3] },
      heightRange: { min: Math.log10(2500e-6), max: Math.log10(2500) },
    });
    const patch = new ModelPatch('quadratic', '#3ec1ff', 2);
    patch.update(row, grid, logView, 0.36, 0.36);
    const heights = patch.heights();
    const side = ModelPatch.side;
    let largest = 0;
    for (let j = 0; j < side; j++)
      for (let i = 0; i + 1 < side; i++) {
        largest = Math.max(largest, Math.abs(heights[j * side + i]! - heights[j * side + i + 1]!));
        largest = Math.max(largest, Math.abs(heights[i * side + j]! - heights[(i + 1) * side + j]!));
      }
    expect(largest).toBeLessThanOrEqual(MAX_VERTEX_STEP + 1e-6);
    expect(patch.clippedBelow).not.toBeNull();
    expect(patch.clippedBelow!).toBeGreaterThan(0);
    const floorZ = worldZ(logView, Math.log10(patch.clippedBelow! + grid.logOffset));
    expect(Math.min(...heights)).toBeCloseTo(floorZ, 5);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(0);
    patch.dispose();
  });

  it('on a linear height scale nothing is clipped', () => {
    const patch = new ModelPatch('plane', '#3ec1ff', 2);
    patch.update(saddleRow(), { heightScale: 'linear', valueRange: { min: -4, max: 4 }, logOffset: 0 }, view, 1, 1);
    expect(patch.clippedBelow).toBeNull();
    patch.dispose();
  });
});
