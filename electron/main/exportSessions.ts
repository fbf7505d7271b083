import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { fail, ok, type Result } from '../../core/index.ts';
import { IPC_LIMITS } from '../shared/limits.ts';
import { AtomicFile, type AtomicFileOptions } from './atomicFile.ts';
import type { FileError } from './fileErrors.ts';

interface ActiveExport {
  readonly file: AtomicFile;
  /** The webContents that started it; only it may write, finish or abort. */
  readonly owner: number;
}

/**
 * Exports being written, by id. A long video arrives as many chunks, each written at its offset
 * into a temporary file beside the chosen path; finishing renames it into place, aborting (or the
 * window closing) removes it.
 */
export class ExportSessions {
  private readonly active = new Map<string, ActiveExport>();

  constructor(private readonly options: AtomicFileOptions = {}) {}

  async begin(target: string, owner: number): Promise<Result<{ id: string; name: string }, FileError>> {
    const file = await AtomicFile.create(target, this.options);
    if (!file.ok) return file;
    const id = randomUUID();
    this.active.set(id, { file: file.value, owner });
    return ok({ id, name: basename(target) });
  }

  async write(id: string, owner: number, position: number, bytes: Uint8Array): Promise<Result<void, FileError>> {
    const entry = this.find(id, owner);
    if (!entry.ok) return entry;
    if (position + bytes.byteLength > IPC_LIMITS.maxExportBytes) {
      await this.abort(id, owner);
      return fail({ code: 'EFBIG', message: `The export is larger than ${IPC_LIMITS.maxExportBytes / 1024 ** 3} GB and was stopped.` });
    }
    const written = await entry.value.file.write(bytes, position);
    if (!written.ok) this.active.delete(id);
    return written;
  }

  async finish(id: string, owner: number): Promise<Result<{ path: string; name: string }, FileError>> {
    const entry = this.find(id, owner);
    if (!entry.ok) return entry;
    this.active.delete(id);
    const committed = await entry.value.file.commit();
    if (!committed.ok) return committed;
    return ok({ path: entry.value.file.target, name: basename(entry.value.file.target) });
  }

  async abort(id: string, owner: number): Promise<Result<void, FileError>> {
    const entry = this.find(id, owner);
    if (!entry.ok) return entry;
    this.active.delete(id);
    await entry.value.file.abort();
    return ok(undefined);
  }

  /** Removes every unfinished export of a window (it closed or crashed). */
  async abortAllOf(owner: number): Promise<void> {
    const mine = [...this.active].filter(([, entry]) => entry.owner === owner);
    for (const [id, entry] of mine) {
      this.active.delete(id);
      await entry.file.abort();
    }
  }

  get count(): number {
    return this.active.size;
  }

  private find(id: string, owner: number): Result<ActiveExport, FileError> {
    const entry = this.active.get(id);
    if (!entry || entry.owner !== owner)
      return fail({ code: 'ENOEXPORT', message: 'This export is no longer being written (it was finished, stopped or failed).' });
    return ok(entry);
  }
}
