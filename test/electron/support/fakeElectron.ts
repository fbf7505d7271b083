import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** @electron/fuses finds the fuse wire after this marker in an Electron binary. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const FUSE_INHERIT = 144;
export const FUSE_OFF = 48;
export const FUSE_ON = 49;
const WIRE_LENGTH = 9;

/**
 * An unpacked "Electron" for electron-builder's electronDist option: a stand-in executable that
 * carries a fuse wire (version 1, nine fuses, all "inherit") like the real binary, so packaging
 * and the fuse hook can run where Electron's binary cannot be downloaded.
 */
export async function makeFakeElectron(folder: string): Promise<string> {
  await mkdir(join(folder, 'resources'), { recursive: true });
  const wire = Buffer.from([1, WIRE_LENGTH, ...new Array<number>(WIRE_LENGTH).fill(FUSE_INHERIT)]);
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho stand-in\n'),
    Buffer.alloc(64),
    Buffer.from(FUSE_SENTINEL),
    wire,
    Buffer.alloc(64),
  ]);
  await writeFile(join(folder, 'electron'), binary);
  await chmod(join(folder, 'electron'), 0o755);
  await writeFile(join(folder, 'LICENSE'), 'stand-in');
  await writeFile(join(folder, 'version'), '39.8.10');
  return folder;
}

/** The fuse bytes of a binary made by makeFakeElectron (after any flipping). */
export function readFuses(binary: Buffer): number[] {
  const at = binary.indexOf(FUSE_SENTINEL);
  if (at < 0) throw new Error('no fuse wire');
  const length = binary[at + FUSE_SENTINEL.length + 1]!;
  return [...binary.subarray(at + FUSE_SENTINEL.length + 2, at + FUSE_SENTINEL.length + 2 + length)];
}
