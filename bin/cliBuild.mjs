// The `curvature` command runs from JavaScript bundled ahead of time, with the TypeScript sources
// still the truth: a build records every source file it read (size, mtime, content hash), and a
// start whose sources differ from that record rebuilds before running, so a stale bundle is never
// used. Builds are content-addressed folders (out/cli-<id>/) named by an atomically replaced
// pointer (out/cli.json), so concurrent starts never see a half-written build.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { idOf, isFresh, recordFiles, writeJsonAtomically } from './sourceRecord.mjs';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = 'cli/main.ts';

/** Where the pointer and the build folders live (a test gives its own). */
export const defaultOutDir = () => join(PROJECT_ROOT, 'out');

/** The build the pointer names, or null when there is none or it cannot be read. */
export function readPointer(outDir = defaultOutDir()) {
  try {
    const pointer = JSON.parse(readFileSync(join(outDir, 'cli.json'), 'utf8'));
    if (typeof pointer?.id !== 'string' || typeof pointer?.inputs !== 'object' || pointer.inputs === null) return null;
    if (!existsSync(join(outDir, `cli-${pointer.id}`, 'main.js'))) return null;
    return pointer;
  } catch {
    return null;
  }
}

/** Bundles the CLI with esbuild and points out/cli.json at the build. */
export async function buildCli(outDir = defaultOutDir(), root = PROJECT_ROOT) {
  const { build } = await import('esbuild');
  const staging = join(outDir, `cli-staging-${process.pid}-${Date.now()}`);
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: ENTRY },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Bundled, so one file loads instead of mathjs's thousand modules; what only `render` loads stays external.
    external: ['vite', 'playwright-core'],
    metafile: true,
    logLevel: 'silent',
  });
  // The project's own sources, and the lock file for the bundled dependencies: a dependency changes
  // only with it, and a start then stats a hundred files instead of a thousand.
  const sources = Object.keys(result.metafile.inputs).filter((path) => !path.split('/').includes('node_modules'));
  const inputs = recordFiles(root, [...sources, 'package-lock.json']);
  const id = idOf(inputs);
  const target = join(outDir, `cli-${id}`);
  try {
    if (!existsSync(join(target, 'main.js'))) renameSync(staging, target);
  } catch (error) {
    // A concurrent start built the same sources first: its folder is the same build.
    if (!existsSync(join(target, 'main.js'))) throw error;
  }
  rmSync(staging, { recursive: true, force: true });
  writeJsonAtomically(join(outDir, 'cli.json'), { id, inputs });
  removeOldBuilds(outDir, id);
  return { id, inputs, main: join(target, 'main.js') };
}

/** Old build folders (and staging left by a killed build) older than a minute: a running command may still be reading a newer one. */
function removeOldBuilds(outDir, keep) {
  const cutoff = Date.now() - 60_000;
  for (const name of readdirSync(outDir)) {
    if (!/^cli-(staging-)?[\w-]+$/.test(name) || name === `cli-${keep}`) continue;
    const path = join(outDir, name);
    try {
      if (statSync(path).mtimeMs < cutoff) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by a concurrent build.
    }
  }
}

/** The bundle to run: the current build when its sources are unchanged, else a new one. */
export async function freshCliMain(outDir = defaultOutDir(), root = PROJECT_ROOT) {
  const pointer = readPointer(outDir);
  if (pointer !== null && isFresh(pointer.inputs, root)) return join(outDir, `cli-${pointer.id}`, 'main.js');
  mkdirSync(outDir, { recursive: true });
  return (await buildCli(outDir, root)).main;
}
