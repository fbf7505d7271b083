// Frame time of the default scene against a minimal three.js page drawing the same mesh (a
// 256 × 256 grid, the same canvas size, antialiased) in the same browser run. Each frame is
// followed by a 1-pixel read, so the GPU work (software WebGL here) is inside the measurement.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../e2e/support/chromium.ts';
import { startDevServer } from '../e2e/support/devServer.ts';
import '../e2e/support/pageHook.ts';

const FRAMES = 12;
const TARGET_RATIO = 1.25;

/** The floor: a plain three.js scene with one lit 256 × 256 mesh, written at run time (nothing of the app). */
const MINIMAL_SCENE = `
import { Mesh, MeshLambertMaterial, PerspectiveCamera, PlaneGeometry, Scene, WebGLRenderer, DirectionalLight, AmbientLight, DoubleSide } from 'three';
export function createMinimal(width, height, pixelRatio) {
  const canvas = document.createElement('canvas');
  canvas.style.cssText = 'position:fixed;left:0;top:0;width:' + width + 'px;height:' + height + 'px;z-index:-1';
  document.body.append(canvas);
  const renderer = new WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true });
  renderer.setPixelRatio(pixelRatio);
  renderer.setSize(width, height, false);
  const geometry = new PlaneGeometry(4, 4, 255, 255);
  const position = geometry.attributes.position;
  for (let i = 0; i < position.count; i++) {
    const x = position.getX(i), y = position.getY(i) + 1;
    position.setZ(i, Math.log10((1 - x) ** 2 + 100 * (y - x * x) ** 2 + 1e-3) / 6);
  }
  geometry.computeVertexNormals();
  const scene = new Scene();
  scene.add(new Mesh(geometry, new MeshLambertMaterial({ color: 0x44aa88, side: DoubleSide })), new AmbientLight(0xffffff, 0.4), new DirectionalLight(0xffffff, 1));
  const camera = new PerspectiveCamera(40, width / height, 0.01, 200);
  camera.up.set(0, 0, 1);
  camera.position.set(1.9, -2.7, 2.1);
  camera.lookAt(0, 0, 0.35);
  const gl = renderer.getContext();
  const pixel = new Uint8Array(4);
  return () => { renderer.render(scene, camera); gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel); };
}`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const server = await startDevServer();
const browser = await launchChromium();
try {
  mkdirSync('test-results', { recursive: true });
  const minimalPath = resolve('test-results/bench-minimal-scene.js');
  writeFileSync(minimalPath, MINIMAL_SCENE);
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // tsx names functions with a helper the page does not have.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.goto(`${server.url}?autoplay=0`);
  await page.waitForFunction(() => window.curvature !== undefined, undefined, { timeout: 120_000 });
  await page.evaluate(() => window.curvature!.ready);
  const result = await page.evaluate(
    async ({ frames, minimalUrl }) => {
      const hook = window.curvature!;
      const canvas = document.querySelector<HTMLCanvasElement>('.viewport canvas.surface-view')!;
      const gl = canvas.getContext('webgl2')!;
      const pixel = new Uint8Array(4);
      const last = hook.getState().lastIteration;
      const appFrame = (i: number) => {
        hook.seek((i * 7) % (last + 1));
        hook.renderNow();
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      };
      const module = (await import(/* @vite-ignore */ minimalUrl)) as { createMinimal(w: number, h: number, r: number): () => void };
      const minimalFrame = module.createMinimal(canvas.clientWidth, canvas.clientHeight, canvas.width / canvas.clientWidth);
      appFrame(0);
      minimalFrame();
      const app: number[] = [];
      const minimal: number[] = [];
      for (let i = 0; i < frames; i++) {
        // Alternate, so drift of the machine falls on both alike.
        let start = performance.now();
        appFrame(i + 1);
        app.push(performance.now() - start);
        start = performance.now();
        minimalFrame();
        minimal.push(performance.now() - start);
      }
      return { app, minimal, width: canvas.width, height: canvas.height };
    },
    { frames: FRAMES, minimalUrl: `/@fs${minimalPath}` },
  );
  const app = median(result.app);
  const floor = median(result.minimal);
  const ratio = app / floor;
  console.log(`canvas ${result.width}x${result.height}, 256x256 surface, ${FRAMES} frames each (median):`);
  console.log(`  default scene frame:        ${app.toFixed(1)} ms`);
  console.log(`  minimal three.js same mesh: ${floor.toFixed(1)} ms (floor)`);
  console.log(`  ratio: ${ratio.toFixed(2)} (target <= ${TARGET_RATIO}) ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}`);
} finally {
  await browser.close();
  await server.close();
}
