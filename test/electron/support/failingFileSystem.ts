import { nodeFileSystem, type FileSystem, type WritableHandle } from '../../../electron/main/fileSystem.ts';

export const fsError = (code: string): Error => Object.assign(new Error(`${code}: simulated`), { code });

export interface Faults {
  /** Fails opening a file for writing with this code. */
  readonly open?: string;
  /** Fails a write once this many bytes have gone to disk (a disk filling up). */
  readonly writeAfterBytes?: { readonly bytes: number; readonly code: string };
  readonly sync?: string;
  /** Fails the first `times` renames with `code` (then renames for real). */
  readonly rename?: { readonly code: string; readonly times: number };
}

/**
 * Real files, with failures injected where a test asks: the tests run as root, so permissions
 * cannot make the OS refuse, and a full disk cannot be arranged on a shared machine.
 */
export function failingFileSystem(faults: Faults): FileSystem & { renameCalls: number } {
  let renameFailures = 0;
  const state = { renameCalls: 0 };
  const fs: FileSystem & { renameCalls: number } = {
    ...nodeFileSystem,
    get renameCalls() {
      return state.renameCalls;
    },
    async open(path, flags, mode) {
      if (flags === 'wx' && faults.open) throw fsError(faults.open);
      const real = await nodeFileSystem.open(path, flags, mode);
      let written = 0;
      const handle: WritableHandle = {
        async write(bytes, offset, length, position) {
          const limit = faults.writeAfterBytes;
          if (limit && written + length > limit.bytes) {
            const room = limit.bytes - written;
            if (room <= 0) throw fsError(limit.code);
            const partial = await real.write(bytes, offset, room, position);
            written += partial.bytesWritten;
            return partial;
          }
          const result = await real.write(bytes, offset, length, position);
          written += result.bytesWritten;
          return result;
        },
        async sync() {
          if (faults.sync && flags === 'wx') throw fsError(faults.sync);
          return real.sync();
        },
        close: () => real.close(),
      };
      return handle;
    },
    async rename(from, to) {
      state.renameCalls++;
      if (faults.rename && renameFailures < faults.rename.times) {
        renameFailures++;
        throw fsError(faults.rename.code);
      }
      return nodeFileSystem.rename(from, to);
    },
  };
  return fs;
}
