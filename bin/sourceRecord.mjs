// What a build was made from: every source file with its size, mtime and content hash, so a later
// start can tell in a stat per file whether the build is still that of the sources.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const hashOf = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** { path: { size, mtimeMs, sha256 } } for the given paths, relative to root. */
export function recordFiles(root, paths) {
  const inputs = {};
  for (const path of [...paths].sort()) {
    const file = join(root, path);
    const stats = statSync(file);
    inputs[path] = { size: stats.size, mtimeMs: stats.mtimeMs, sha256: hashOf(readFileSync(file)) };
  }
  return inputs;
}

/** A short name for the recorded contents: equal sources, equal id. */
export const idOf = (inputs) => hashOf(JSON.stringify(Object.entries(inputs).map(([path, { sha256 }]) => [path, sha256]))).slice(0, 16);

/**
 * Whether every recorded file is as it was: size and mtime first; where those differ, the content
 * hash decides, so a checkout that only touched files does not force a rebuild.
 */
export function isFresh(inputs, root) {
  for (const [path, recorded] of Object.entries(inputs)) {
    const file = join(root, path);
    let stats;
    try {
      stats = statSync(file);
    } catch {
      return false;
    }
    if (stats.size === recorded.size && stats.mtimeMs === recorded.mtimeMs) continue;
    if (stats.size !== recorded.size || hashOf(readFileSync(file)) !== recorded.sha256) return false;
  }
  return true;
}

/** Writes JSON next to its destination and renames it over, so a reader sees the old file or the new one. */
export function writeJsonAtomically(path, value) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, 1)}\n`);
  renameSync(temporary, path);
}
