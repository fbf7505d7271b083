// Picking a point on a 1024² surface (a click, or every pointer move of an Alt-drag): the grid walk
// of scene/raycastHeightfield.ts against three's general mesh raycast over the same geometry, and
// against one 60 Hz frame.
import { Mesh, MeshBasicMaterial, PerspectiveCamera, Raycaster, Vector2 } from 'three';
import { defaultSession, resolveFunction, sampleGrid, surfaceNormals } from '../../core/index.ts';
import { SurfaceGeometry } from '../../renderer/scene/SurfaceGeometry.ts';
import { applyCameraState } from '../../renderer/scene/SceneRenderer.ts';
import { makeViewTransform } from '../../renderer/scene/ViewTransform.ts';
import { medianPairMs, report } from './support/measure.ts';

const N = 1024;
const PICKS = 20;
const FRAME_MS = 1000 / 60;

const session = defaultSession();
const resolved = resolveFunction(session.function);
if (!resolved.ok) throw new Error(resolved.error.message);
const grid = sampleGrid(resolved.value.objective, { domain: session.domain, nx: N, ny: N, heightScale: 'log' });
const view = makeViewTransform({ domain: session.domain, heightRange: grid.heightRange });
const normals = surfaceNormals(grid, { x: view.sx, y: view.sy, z: view.sz }, new Float32Array(3 * N * N));
const surface = new SurfaceGeometry();
surface.update({ ...grid, normals }, session.domain, view);
const mesh = new Mesh(surface.geometry, new MeshBasicMaterial());

// Rays through a grid of screen points of the default camera, most of them on the surface.
const camera = applyCameraState(session.camera, new PerspectiveCamera(40, 16 / 9, 0.01, 200));
camera.updateMatrixWorld();
const raycaster = new Raycaster();
const rays = Array.from({ length: PICKS }, (_, k) => {
  raycaster.setFromCamera(new Vector2(-0.3 + (0.6 * (k % 5)) / 4, -0.3 + (0.6 * Math.floor(k / 5)) / 3), camera);
  return raycaster.ray.clone();
});

let walked = 0;
let general = 0;
const [walkMs, generalMs] = medianPairMs(
  () => {
    walked = 0;
    for (const ray of rays) {
      const t = surface.raycast({ origin: ray.origin.toArray(), direction: ray.direction.toArray() });
      if (t !== null) walked++;
    }
  },
  () => {
    general = 0;
    for (const ray of rays) {
      raycaster.ray.copy(ray);
      if (raycaster.intersectObject(mesh, false).length > 0) general++;
    }
  },
  7,
  2,
);
process.stdout.write(
  `Rosenbrock at ${N}x${N} (log heights), ${PICKS} picks from the default camera: ${walked} hits (mesh raycast: ${general})\n`,
);
report('pick ms (against three mesh raycast)', walkMs / PICKS, generalMs / PICKS, 'ms');
report('pick ms (against one 60 Hz frame)', walkMs / PICKS, FRAME_MS, 'ms', 0.1);
