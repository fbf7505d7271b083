import { DATA_LIMITS, SURFACE_LIMITS, type LossCurve, type SessionDocument } from '../../core/index.ts';
import { runSessionJobOffPage } from '../compute/sessionCodec.ts';
import type { Failed } from './Platform.ts';

/** The files File ▸ Open Data or Surface takes, for the chooser and for telling a dropped file from a session. */
export const IMPORT_ACCEPT = '.csv,.h5,.hdf5,.hdf,text/csv';
const IMPORTABLE_NAME = /\.(csv|h5|hdf5|hdf)$/i;

export const isImportable = (file: File): boolean => IMPORTABLE_NAME.test(file.name);

export type ImportResult =
  { readonly status: 'imported'; readonly document: SessionDocument; readonly summary: string; readonly curve: LossCurve | null } | Failed;

/** The largest file either reader takes; each checks its own cap exactly. */
const MAX_IMPORT_BYTES = Math.max(SURFACE_LIMITS.maxFileBytes, DATA_LIMITS.maxCharacters);

/**
 * A data set (CSV) or surface (loss-landscape `.h5`, CSV grid) read into `document`, off the page:
 * size first, so a huge file is never loaded.
 */
export async function importedFromFile(file: File, document: SessionDocument): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES)
    return {
      status: 'failed',
      message: `${file.name} is too large to open (${(file.size / 1024 / 1024).toFixed(0)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`,
    };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { status: 'failed', message: `${file.name} could not be read.` };
  }
  const imported = await runSessionJobOffPage({ kind: 'import-file', document, bytes, name: file.name });
  return imported.ok
    ? { status: 'imported', document: imported.value.document, summary: imported.value.summary, curve: imported.value.curve }
    : { status: 'failed', message: imported.message };
}
