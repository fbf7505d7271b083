import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { DATA_LIMITS, parseCsvDataset, type Dataset } from '../core/index.ts';
import type { Flags } from './parseFlags.ts';
import { UsageError } from './UsageError.ts';

/** --data FILE.csv: a data set whose columns become variables of --function, or undefined without the flag. */
export function dataFlag(flags: Flags): Dataset | undefined {
  const path = flags.get('data');
  if (path === undefined) return undefined;
  let bytes: Buffer;
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new UsageError(`--data: ${path} is not a file.`);
    // UTF-8 has at most 4 bytes per character: anything larger is over the cap without reading it.
    if (info.size > 4 * DATA_LIMITS.maxCharacters)
      throw new UsageError(`--data: ${path} is too large (${info.size.toLocaleString('en')} bytes).`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`--data: cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`--data: ${basename(path)} is not UTF-8 text.`);
  }
  const parsed = parseCsvDataset(text, basename(path));
  if (!parsed.ok) throw new UsageError(`--data: ${parsed.error.message}`);
  return parsed.value;
}
