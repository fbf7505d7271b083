import { execFileSync } from 'node:child_process';

/**
 * Real disk faults for tests, made by the kernel: a read-only mount (EROFS, which chmod cannot give
 * root) and a tiny tmpfs that fills up (ENOSPC). Both need root and a container that allows mounts;
 * elsewhere they return why they cannot, for the test to skip with that reason.
 */
export type Mounted = { readonly ok: true; readonly unmount: () => void } | { readonly ok: false; readonly reason: string };

/** Runs `steps` (the first makes the one mount at `folder`, the rest change it). */
function mount(steps: readonly (readonly string[])[], folder: string): Mounted {
  if (process.getuid?.() !== 0) return { ok: false, reason: 'skipped: mounting a test disk needs root' };
  const unmount = () => execFileSync('umount', [folder], { stdio: 'ignore' });
  let mounted = false;
  try {
    for (const step of steps) {
      execFileSync('mount', step, { stdio: 'ignore' });
      mounted = true;
    }
  } catch {
    if (mounted) unmount();
    return { ok: false, reason: 'skipped: this machine does not allow mounts (no CAP_SYS_ADMIN in the container)' };
  }
  return { ok: true, unmount };
}

/** `folder` seen read-only from now on, as on a read-only disk. */
export const mountReadOnly = (folder: string): Mounted =>
  mount(
    [
      ['--bind', folder, folder],
      ['-o', 'remount,bind,ro', folder],
    ],
    folder,
  );

/** An empty disk of `bytes` (rounded up to whole pages) at `folder`. */
export const mountTinyDisk = (folder: string, bytes: number): Mounted =>
  mount([['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', folder]], folder);
