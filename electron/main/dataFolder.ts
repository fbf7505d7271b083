import { join } from 'node:path';
import { removeStaleTempFiles, type AtomicFileOptions } from './atomicFile.ts';
import { AutosaveStore } from './autosave.ts';
import { RecentFiles } from './recentFiles.ts';
import { WindowStateStore } from './windowState.ts';

/** What the app keeps in its data folder (`userData`), opened once at start. */
export interface DataFolder {
  readonly autosave: AutosaveStore;
  readonly recent: RecentFiles;
  readonly windowState: WindowStateStore;
  /** The warning to show once the window is open, or undefined when everything works. */
  readonly warning: { readonly message: string; readonly detail: string } | undefined;
}

/**
 * Opens the stores of the data folder. Never throws: a folder that cannot be written (its
 * `recovery` is a file, the disk is read-only or full) still starts the app, with autosave off and
 * a warning that says why; what the last run left there (recent files, an autosave) is still read.
 */
export async function openDataFolder(folder: string, options: AtomicFileOptions = {}): Promise<DataFolder> {
  const autosave = new AutosaveStore(join(folder, 'recovery'), options);
  const recent = new RecentFiles(folder, options);
  const windowState = new WindowStateStore(folder, options);
  const [autosaveStatus] = await Promise.all([autosave.begin(), recent.load(), removeStaleTempFiles(folder, options)]);
  const warning = autosaveStatus.available ? undefined : { message: 'Autosave is off', detail: autosaveStatus.reason };
  return { autosave, recent, windowState, warning };
}
