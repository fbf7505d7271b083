import { Group, type Object3D } from 'three';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultSession, localModels, OVERLAY_FLAGS, resolveFunction } from '../../core/index.ts';
import { emptyModelRow, modelRowFrom, type ModelRow } from '../../renderer/compute/modelSamples.ts';
import type { GridPayload } from '../../renderer/compute/protocol.ts';
import type { OverlayFocus, OverlayKind } from '../../renderer/scene/overlays/Overlay.ts';
import { OVERLAYS, overlayToggles } from '../../renderer/scene/overlays/registry.ts';
import { SceneRenderer } from '../../renderer/scene/SceneRenderer.ts';

/** A flat 2 × 2 grid: enough surface for the scene to show overlays. */
const GRID: GridPayload = {
  nx: 2,
  ny: 2,
  heightScale: 'linear',
  heights: new Float32Array([0, 0.5, 0.5, 1]),
  normals: new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1]),
  finite: new Uint8Array([1, 1, 1, 1]),
  finiteCount: 4,
  heightRange: { min: 0, max: 1 },
  valueRange: { min: 0, max: 1 },
  logOffset: 0,
};
const DOMAIN = { x: [-2, 2], y: [-2, 2] } as const;

/** The models of `f` at (x, y), as the worker would send them. */
function modelsAt(f: string, x: number, y: number): ModelRow {
  const resolved = resolveFunction(f);
  if (!resolved.ok) throw new Error(resolved.error.message);
  const models = localModels(resolved.value.objective, x, y);
  if (!models.ok) throw new Error(models.error.message);
  return modelRowFrom(models.value, emptyModelRow());
}

const view = defaultSession().view;

// The axes paint their labels on a canvas, which Node lacks; the labels are not what these tests are about.
beforeAll(() => {
  const context = { font: '', fillStyle: '', textBaseline: '', measureText: () => ({ width: 10 }), fillText: () => undefined };
  vi.stubGlobal('document', { createElement: () => ({ width: 0, height: 0, getContext: () => context }) });
});

function sceneInspecting(row: ModelRow, kinds?: readonly OverlayKind[]): SceneRenderer {
  const scene = new SceneRenderer(kinds);
  scene.setView(view);
  scene.setSurface(DOMAIN, GRID);
  scene.setInspected(row);
  return scene;
}

const drawables = (object: Object3D): Object3D[] => {
  const found: Object3D[] = [];
  object.traverse((child) => {
    if ('geometry' in child) found.push(child);
  });
  return found;
};

describe('the overlay registry', () => {
  it('gives every overlay flag of the session an overlay, and toggles each overlay with one of them', () => {
    expect(overlayToggles().map(({ toggle }) => toggle)).toEqual(OVERLAY_FLAGS);
  });

  it('lists in the key what is drawn: a saddle curves up and down, the model patches are 3D only, the target a ring', () => {
    const scene = sceneInspecting(modelsAt('x^2 - y^2', 0.5, 0.5));
    expect(scene.overlayKeyLines().map(({ label, swatch, only3d }) => [label, swatch, only3d])).toEqual([
      ['Tangent plane (gradient)', 'square', true],
      ['Paraboloid (Taylor model)', 'square', true],
      ['Eigen-direction, curving up', 'square', false],
      ['Eigen-direction, curving down', 'square', false],
      ["Newton target (the paraboloid's stationary point)", 'ring', false],
    ]);
    scene.setView({ ...view, eigenvectors: false, tangentPlane: false });
    expect(scene.overlayKeyLines().map(({ label }) => label)).toEqual([
      'Paraboloid (Taylor model)',
      "Newton target (the paraboloid's stationary point)",
    ]);
    scene.setInspected(null);
    expect(scene.overlayKeyLines()).toEqual([]);
    scene.dispose();
  });

  it('names each overlay once and draws each in its own render order', () => {
    expect(new Set(OVERLAYS.map((kind) => kind.name)).size).toBe(OVERLAYS.length);
    for (const kind of OVERLAYS) {
      const overlay = kind.create();
      const parts = drawables(overlay.object);
      expect(parts.length, kind.name).toBeGreaterThan(0);
      for (const part of parts) expect(part.renderOrder, kind.name).toBe(kind.renderOrder);
      overlay.dispose();
    }
  });

  it('makes the View panel toggles and their key entries: one checkbox per flag, a swatch per overlay it shows', () => {
    expect(overlayToggles().map(({ toggle, label, keys }) => [toggle, label, keys.map((key) => key.label)])).toEqual([
      ['tangentPlane', 'Tangent plane (gradient)', ['Tangent plane (gradient)']],
      ['paraboloid', 'Paraboloid (Taylor model)', ['Paraboloid (Taylor model)', "Newton target (the paraboloid's stationary point)"]],
      ['eigenvectors', 'Eigen-directions', ['Eigen-directions']],
      [
        'believedModel',
        'L-BFGS’s paraboloid (its Hessian estimate B)',
        ['L-BFGS’s paraboloid (its Hessian estimate B)', 'Eigen-directions of B'],
      ],
      ['gradientStep', 'Gradient step −lr·∇f', ['Gradient step −lr·∇f']],
      ['newtonStep', 'Newton step −H⁻¹∇f', ['Newton step −H⁻¹∇f']],
      ['momentumStep', 'Momentum buffer’s share of the step', ['Momentum buffer’s share of the step']],
      ['lbfgsDirection', 'L-BFGS direction d = −B⁻¹∇f', ['L-BFGS direction d = −B⁻¹∇f']],
    ]);
    for (const { keys } of overlayToggles()) for (const key of keys) expect(key.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('shows every registered overlay at an inspected point and hides each with its view flag', () => {
    const scene = sceneInspecting(modelsAt('x^2 + 3*y^2', 1, 0.5));
    // What L-BFGS believed, and the step's anatomy, are shown at a run's iterates only, never at an inspected point.
    const atRunsOnly = ['gradient-step', 'newton-step', 'momentum-step', 'lbfgs-direction'];
    expect(scene.shownOverlays).toEqual(
      OVERLAYS.map((kind) => kind.name).filter((name) => !name.startsWith('believed-') && !atRunsOnly.includes(name)),
    );
    // The Newton target of a bowl is its minimum: drawn at world (0, 0) for the domain's centre.
    const anchor = scene.overlayAnchor('newton-target');
    expect(anchor?.[0]).toBeCloseTo(0, 9);
    expect(anchor?.[1]).toBeCloseTo(0, 9);
    scene.setView({ ...view, paraboloid: false });
    expect(scene.shownOverlays).toEqual(['tangent-plane', 'eigen-directions']);
    expect(scene.overlayAnchor('newton-target')).toBeNull();
    scene.setView({ ...view, tangentPlane: false, eigenvectors: false });
    expect(scene.shownOverlays).toEqual(['paraboloid', 'newton-target']);
    scene.setInspected(null);
    expect(scene.shownOverlays).toEqual([]);
    scene.dispose();
  });

  it('takes a new overlay from one registry entry: added to the scene, updated in place from the focus, toggled, disposed', () => {
    const updates: OverlayFocus[] = [];
    let disposed = 0;
    const object = new Group();
    const probe: OverlayKind = {
      name: 'gradient-arrow',
      toggle: 'eigenvectors',
      key: { label: 'Gradient', short: 'Gradient', color: '#ffffff' },
      renderOrder: 25,
      create: () => ({
        object,
        update: (focus) => {
          updates.push({ ...focus, row: { ...focus.row } });
          return focus.row.gx !== 0;
        },
        dispose: () => void disposed++,
      }),
    };
    const row = modelsAt('x^2 + 3*y^2', 1, 0.5);
    const scene = sceneInspecting(row, [...OVERLAYS, probe]);
    expect(scene.scene.children).toContain(object);
    expect(updates.at(-1)?.row.gx).toBeCloseTo(2, 12);
    expect(updates.at(-1)?.run).toBeNull();
    expect(scene.shownOverlays).toContain('gradient-arrow');
    // Its key line comes from its registry entry, after those before it in the registry.
    expect(scene.overlayKeyLines().map((line) => line.label)).toEqual([
      'Tangent plane (gradient)',
      'Paraboloid (Taylor model)',
      'Eigen-direction, curving up',
      "Newton target (the paraboloid's stationary point)",
      'Gradient',
    ]);
    expect(
      overlayToggles([...OVERLAYS, probe])
        .find(({ toggle }) => toggle === 'eigenvectors')
        ?.keys.map((key) => key.label),
    ).toEqual(['Eigen-directions', 'Gradient']);
    // Nothing to show where the gradient vanishes: the overlay says so and is hidden.
    scene.setInspected(modelsAt('x^2 + 3*y^2', 0, 0));
    expect(scene.shownOverlays).not.toContain('gradient-arrow');
    expect(scene.overlayKeyLines().map((line) => line.label)).not.toContain('Gradient');
    scene.setView({ ...view, eigenvectors: false });
    const calls = updates.length;
    scene.setInspected(row);
    expect(updates).toHaveLength(calls);
    expect(object.visible).toBe(false);
    scene.dispose();
    expect(disposed).toBe(1);
    expect(scene.scene.children).not.toContain(object);
  });
});
