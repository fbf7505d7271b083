import * as fsp from 'node:fs/promises';

/**
 * The few file operations the writers use, as an interface so tests can inject failures that a
 * root user cannot provoke with permissions (EACCES, ENOSPC, EBUSY) and still use real files.
 */
export interface WritableHandle {
  write(bytes: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileSystem {
  /** flags: 'wx' (create, fail if it exists) for files, 'r' for folders. */
  open(path: string, flags: 'wx' | 'r', mode?: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ readonly mode: number; readonly size: number; readonly mtimeMs: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  mkdir(path: string): Promise<void>;
  /** The names in a folder. */
  readdir(path: string): Promise<string[]>;
  /** The path with every symbolic link resolved. */
  realpath(path: string): Promise<string>;
  /** Like stat, but of a symbolic link itself. */
  lstat(path: string): Promise<{ readonly mtimeMs: number; isFile(): boolean; isSymbolicLink(): boolean }>;
}

export const nodeFileSystem: FileSystem = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  stat: (path) => fsp.stat(path),
  readFile: (path) => fsp.readFile(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true });
  },
  readdir: (path) => fsp.readdir(path),
  realpath: (path) => fsp.realpath(path),
  lstat: (path) => fsp.lstat(path),
};
