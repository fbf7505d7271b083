// The production build of the renderer that `npm start` serves in the browser: rebuilt only when a
// source it is made from changed (bin/sourceRecord.mjs), so a start after the first costs a stat
// per file, and never serves a stale page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { idOf, isFresh, recordFiles, writeJsonAtomically } from '../bin/sourceRecord.mjs';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Everything the page is built from: its own folder, the core it imports, the locked dependencies and the build's config. */
const SOURCE_FOLDERS = ['renderer', 'core'];
const SOURCE_FILES = ['package-lock.json', 'tsconfig.base.json'];
const RECORD = 'out/renderer.json';

function filesBelow(root, folder) {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

function currentRecord(root) {
  try {
    const record = JSON.parse(readFileSync(join(root, RECORD), 'utf8'));
    return existsSync(join(root, 'out/renderer/index.html')) && typeof record?.inputs === 'object' ? record : null;
  } catch {
    return null;
  }
}

/** Whether out/renderer is the build of today's sources: no file added or removed, none changed. */
export function isWebBuildFresh(root = PROJECT_ROOT) {
  const record = currentRecord(root);
  if (record === null) return false;
  const now = [...SOURCE_FOLDERS.flatMap((folder) => filesBelow(root, folder)), ...SOURCE_FILES].sort();
  const recorded = Object.keys(record.inputs);
  return now.length === recorded.length && now.every((path, i) => path === recorded[i]) && isFresh(record.inputs, root);
}

/** Builds out/renderer with vite (renderer/vite.config.ts) and records its sources. */
export async function buildWeb(root = PROJECT_ROOT) {
  const paths = [...SOURCE_FOLDERS.flatMap((folder) => filesBelow(root, folder)), ...SOURCE_FILES];
  const inputs = recordFiles(root, paths);
  const { build } = await import('vite');
  await build({ configFile: join(root, 'renderer/vite.config.ts'), logLevel: 'warn' });
  writeJsonAtomically(join(root, RECORD), { id: idOf(inputs), inputs });
}
