import { basename, join } from 'node:path';
import type { RecentFile } from '../shared/contract.ts';
import { atomicWrite, type AtomicFileOptions } from './atomicFile.ts';
import { nodeFileSystem, type FileSystem } from './fileSystem.ts';

export const MAX_RECENT_FILES = 10;

/** `path` moved to the front, without duplicates, at most MAX_RECENT_FILES long. */
export function addRecent(list: readonly string[], path: string): string[] {
  return [path, ...list.filter((entry) => entry !== path)].slice(0, MAX_RECENT_FILES);
}

/** The recently opened or saved sessions, kept in the app's data folder as a JSON list of paths. */
export class RecentFiles {
  private paths: string[] = [];
  private readonly fs: FileSystem;

  constructor(
    private readonly folder: string,
    private readonly options: AtomicFileOptions = {},
  ) {
    this.fs = options.fs ?? nodeFileSystem;
  }

  private get file(): string {
    return join(this.folder, 'recent-files.json');
  }

  /** Reads the stored list, dropping entries that are not text or whose file is gone. */
  async load(): Promise<void> {
    let stored: unknown = [];
    try {
      stored = JSON.parse(new TextDecoder().decode(await this.fs.readFile(this.file)));
    } catch {
      stored = [];
    }
    const candidates = Array.isArray(stored)
      ? stored.filter((entry): entry is string => typeof entry === 'string').slice(0, MAX_RECENT_FILES)
      : [];
    const present: string[] = [];
    for (const path of candidates)
      if (
        await this.fs.stat(path).then(
          (info) => info.isFile(),
          () => false,
        )
      )
        present.push(path);
    this.paths = present;
  }

  list(): RecentFile[] {
    return this.paths.map((path) => ({ path, name: basename(path) }));
  }

  has(path: string): boolean {
    return this.paths.includes(path);
  }

  async add(path: string): Promise<void> {
    this.paths = addRecent(this.paths, path);
    await this.store();
  }

  async remove(path: string): Promise<void> {
    this.paths = this.paths.filter((entry) => entry !== path);
    await this.store();
  }

  async clear(): Promise<void> {
    this.paths = [];
    await this.store();
  }

  private async store(): Promise<void> {
    await this.fs.mkdir(this.folder);
    await atomicWrite(this.file, new TextEncoder().encode(`${JSON.stringify(this.paths, null, 2)}\n`), this.options);
  }
}
