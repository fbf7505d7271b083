// The page's JavaScript as the window loads it (the entry script and what it preloads, minified),
// against a floor: a minimal three.js page built the same way, drawing one mesh. Chunks loaded
// later (video muxer) and the workers (math, session files) are listed apart: the page does not
// wait for them.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { report } from './support/measure.ts';

const TARGET_KB = 800;
const KB = 1000;

/** Sizes of a built page's files: the JavaScript index.html loads up front, and every other script. */
function pageScripts(outDir: string): { initial: number; others: [string, number][] } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const loaded = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.\/([^"]+\.js)"/g)].map(
    (match) => match[1]!,
  );
  const files = readdirSync(join(outDir, 'assets')).map((name) => `assets/${name}`);
  const size = (file: string) => statSync(join(outDir, file)).size;
  return {
    initial: loaded.reduce((sum, file) => sum + size(file), 0),
    others: files.filter((file) => file.endsWith('.js') && !loaded.includes(file)).map((file) => [file, size(file)]),
  };
}

const scratch = mkdtempSync(join(tmpdir(), 'curvature-bundle-'));
try {
  const pageOut = join(scratch, 'page');
  await build({
    configFile: new URL('../../renderer/vite.config.ts', import.meta.url).pathname,
    logLevel: 'silent',
    build: { outDir: pageOut, emptyOutDir: true },
  });

  const floorRoot = join(scratch, 'floor-src');
  const floorOut = join(scratch, 'floor');
  mkdirSync(floorRoot, { recursive: true });
  writeFileSync(join(floorRoot, 'index.html'), '<!doctype html><canvas></canvas><script type="module" src="./main.js"></script>');
  writeFileSync(
    join(floorRoot, 'main.js'),
    [
      "import { Mesh, MeshStandardMaterial, PerspectiveCamera, PlaneGeometry, Scene, WebGLRenderer, DirectionalLight } from 'three';",
      "const renderer = new WebGLRenderer({ canvas: document.querySelector('canvas') });",
      'const scene = new Scene();',
      'scene.add(new Mesh(new PlaneGeometry(1, 1, 255, 255), new MeshStandardMaterial()), new DirectionalLight());',
      'renderer.render(scene, new PerspectiveCamera());',
    ].join('\n'),
  );
  await build({
    configFile: false,
    root: floorRoot,
    base: './',
    logLevel: 'silent',
    resolve: { alias: { three: new URL('../../node_modules/three/build/three.module.js', import.meta.url).pathname } },
    build: { outDir: floorOut, emptyOutDir: true, target: 'es2022' },
  });

  const page = pageScripts(pageOut);
  const floor = pageScripts(floorOut);
  report("page's JavaScript at load (minified)", page.initial / KB, floor.initial / KB, 'KB');
  process.stdout.write(
    `page's JavaScript at load: ${(page.initial / KB).toFixed(1)} KB, target < ${TARGET_KB} KB: ${page.initial / KB < TARGET_KB ? 'met' : 'MISSED'}\n`,
  );
  for (const [file, bytes] of page.others)
    process.stdout.write(`  not loaded at start: ${file.padEnd(48)} ${(bytes / KB).toFixed(1).padStart(8)} KB\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
