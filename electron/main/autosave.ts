import { join } from 'node:path';
import { parseSessionBytes } from '../../core/index.ts';
import type { Recovery } from '../shared/contract.ts';
import { AtomicFile, atomicWrite, removeStaleTempFiles, type AtomicFileOptions } from './atomicFile.ts';
import { errorCode } from '../../core/index.ts';
import { writeFailureReason } from './fileErrors.ts';
import { nodeFileSystem, type FileSystem } from './fileSystem.ts';

/**
 * Crash recovery in the app's data folder. At start, `begin()` notes whether the previous run
 * left its clean-exit marker; while the app runs, unsaved documents are autosaved; a clean quit
 * writes the marker and removes the autosave. A start without the marker, with a valid autosave,
 * offers it once through `takeRecovery()`. When the folder cannot be used (it is a file, the disk
 * is read-only), the app runs without autosave: `begin()` says why, and saving does nothing.
 */
export type AutosaveStatus = { readonly available: true } | { readonly available: false; readonly reason: string };

export class AutosaveStore {
  private readonly fs: FileSystem;
  private uncleanRecovery: Recovery | null = null;
  private available = true;

  constructor(
    private readonly folder: string,
    private readonly options: AtomicFileOptions = {},
  ) {
    this.fs = options.fs ?? nodeFileSystem;
  }

  get autosavePath(): string {
    return join(this.folder, 'autosave.curvature.json');
  }
  get cleanExitPath(): string {
    return join(this.folder, 'clean-exit');
  }

  /** Call once at start, before any autosave of this run. Never throws. */
  async begin(): Promise<AutosaveStatus> {
    // Read first: a read-only folder can still hold the last run's autosave to offer.
    const cleanExit = await this.exists(this.cleanExitPath);
    if (!cleanExit) this.uncleanRecovery = await this.readAutosave();
    const unusable = await this.probe();
    if (unusable !== undefined) {
      this.available = false;
      return { available: false, reason: unusable };
    }
    await removeStaleTempFiles(this.folder, { fs: this.fs });
    await this.fs.unlink(this.cleanExitPath).catch(() => undefined);
    if (cleanExit) await this.clear();
    return { available: true };
  }

  /** Why the folder cannot hold autosaves, or undefined when it can: made and written to for real. */
  private async probe(): Promise<string | undefined> {
    const off = (reason: string) => `Autosave is off: ${reason} Unsaved work is not kept for recovery.`;
    try {
      await this.fs.mkdir(this.folder);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EEXIST' || code === 'ENOTDIR') return off(`${this.folder} is a file, not a folder.`);
      return off(writeFailureReason(error, this.autosavePath));
    }
    const file = await AtomicFile.create(this.autosavePath, this.options);
    if (!file.ok) return off(writeFailureReason(file.error, this.autosavePath));
    await file.value.abort();
    return undefined;
  }

  /** The autosave left by a run that did not exit cleanly, once; null otherwise. */
  takeRecovery(): Recovery | null {
    const recovery = this.uncleanRecovery;
    this.uncleanRecovery = null;
    return recovery;
  }

  /** The page crashed while the app kept running: offer what it autosaved when it reloads. */
  async rescue(): Promise<void> {
    this.uncleanRecovery = await this.readAutosave();
  }

  async save(text: string): Promise<void> {
    if (!this.available) return;
    const written = await atomicWrite(this.autosavePath, new TextEncoder().encode(text), this.options);
    if (!written.ok) throw new Error(written.error.message);
  }

  async clear(): Promise<void> {
    await this.fs.unlink(this.autosavePath).catch(() => undefined);
  }

  /** Call on a clean quit (after the person answered any unsaved-changes question). */
  async endCleanly(): Promise<void> {
    if (!this.available) return;
    await this.clear();
    await atomicWrite(this.cleanExitPath, new TextEncoder().encode(`${new Date().toISOString()}\n`), this.options);
  }

  private async readAutosave(): Promise<Recovery | null> {
    try {
      const info = await this.fs.stat(this.autosavePath);
      const bytes = await this.fs.readFile(this.autosavePath);
      // A damaged autosave is not offered: restoring it would fail anyway.
      if (!parseSessionBytes(bytes).ok) return null;
      return { text: new TextDecoder().decode(bytes), savedAt: info.mtimeMs };
    } catch {
      return null;
    }
  }

  private async exists(path: string): Promise<boolean> {
    return this.fs.stat(path).then(
      () => true,
      () => false,
    );
  }
}
