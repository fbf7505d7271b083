import { join } from 'node:path';
import { parseSessionBytes } from '../../core/index.ts';
import type { Recovery } from '../shared/contract.ts';
import { atomicWrite, type AtomicFileOptions } from './atomicFile.ts';
import { nodeFileSystem, type FileSystem } from './fileSystem.ts';

/**
 * Crash recovery in the app's data folder. At start, `begin()` notes whether the previous run
 * left its clean-exit marker; while the app runs, unsaved documents are autosaved; a clean quit
 * writes the marker and removes the autosave. A start without the marker, with a valid autosave,
 * offers it once through `takeRecovery()`.
 */
export class AutosaveStore {
  private readonly fs: FileSystem;
  private uncleanRecovery: Recovery | null = null;

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

  /** Call once at start, before any autosave of this run. */
  async begin(): Promise<void> {
    await this.fs.mkdir(this.folder);
    const cleanExit = await this.exists(this.cleanExitPath);
    await this.fs.unlink(this.cleanExitPath).catch(() => undefined);
    if (cleanExit) {
      await this.clear();
      return;
    }
    this.uncleanRecovery = await this.readAutosave();
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
    const written = await atomicWrite(this.autosavePath, new TextEncoder().encode(text), this.options);
    if (!written.ok) throw new Error(written.error.message);
  }

  async clear(): Promise<void> {
    await this.fs.unlink(this.autosavePath).catch(() => undefined);
  }

  /** Call on a clean quit (after the person answered any unsaved-changes question). */
  async endCleanly(): Promise<void> {
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
