import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import {
  errorCode,
  EXPORT_LIMITS,
  frameCountFor,
  GIF_MIN_FPS,
  parseSessionBytes,
  SESSION_LIMITS,
  type SessionDocument,
} from '../../core/index.ts';
import { AtomicFile } from '../render/AtomicFile.ts';
import { FileWriteError } from '../render/FileWriteError.ts';
import { printJson } from '../output.ts';
import { parseFlags, parseNumber, requireFlag } from '../parseFlags.ts';
import type { RenderFormat, RenderOverrides } from '../render/renderSession.ts';
import { UsageError } from '../UsageError.ts';

const FORMAT_BY_EXTENSION: Readonly<Record<string, RenderFormat>> = {
  '.mp4': 'mp4',
  '.webm': 'webm',
  '.gif': 'gif',
  '.png': 'png',
  '.tar': 'png-sequence',
};

const { minSize: MIN_SIZE, maxSize: MAX_SIZE, maxFps: MAX_FPS, maxDuration: MAX_DURATION, gifMaxFps: GIF_MAX_FPS } = EXPORT_LIMITS;

/** "1280x720" → [1280, 720]. */
export function parseSize(text: string, format: RenderFormat): [number, number] {
  const match = /^(\d+)x(\d+)$/i.exec(text.trim());
  if (!match) throw new UsageError(`--size must be WIDTHxHEIGHT in pixels, like 1280x720 (got '${text}').`);
  const size: [number, number] = [Number(match[1]), Number(match[2])];
  for (const value of size) {
    if (value < MIN_SIZE || value > MAX_SIZE)
      throw new UsageError(`--size: each side must be from ${MIN_SIZE} to ${MAX_SIZE} pixels (got '${text}').`);
    if ((format === 'mp4' || format === 'webm') && value % 2 !== 0) throw new UsageError(`--size: video needs even sides (got '${text}').`);
  }
  return size;
}

export function parseFps(text: string, format: RenderFormat): number {
  const fps = parseNumber(text, '--fps');
  if (fps <= 0 || fps > MAX_FPS) throw new UsageError(`--fps must be more than 0 and at most ${MAX_FPS}, not '${text}'.`);
  if (format === 'gif' && fps > GIF_MAX_FPS)
    throw new UsageError(`--fps: a GIF plays at most ${GIF_MAX_FPS} frames per second; use 24 or 30.`);
  if (format === 'gif' && fps < GIF_MIN_FPS)
    throw new UsageError(
      `--fps: a GIF frame lasts at most ${EXPORT_LIMITS.gifMaxDelayCs / 100} s, so a GIF needs at least ${GIF_MIN_FPS.toPrecision(2)} frames per second (got '${text}').`,
    );
  return fps;
}

/**
 * The export's frames are duration × fps rounded to a whole frame; with less than one frame the
 * file would last a whole frame, longer than asked, so it is refused instead, and so is a count
 * beyond what one export may have, before anything is rendered.
 */
export function checkTiming(format: RenderFormat, fps: number, duration: number): void {
  if (format === 'png') return;
  if (duration * fps < 1 - 1e-9)
    throw new UsageError(
      `--duration ${duration} s is shorter than one frame at ${fps} frames per second (a frame lasts ${Number((1 / fps).toPrecision(3))} s): the file could not last ${duration} s.`,
    );
  const frames = frameCountFor(duration, fps);
  const { maxFrames } = EXPORT_LIMITS;
  if (frames > maxFrames)
    throw new UsageError(
      `${duration} s at ${fps} frames per second is ${frames} frames, more than the ${maxFrames} an export may have: lower --fps or --duration.`,
    );
}

/** Fails early, before anything is rendered, when `output` cannot be written. */
async function checkOutputPath(output: string): Promise<void> {
  const folder = dirname(output);
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw new UsageError(`Cannot write ${output}: ${folder} is not a folder.`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot write ${output}: the output folder ${folder} does not exist.`);
  }
  const existing = await stat(output).catch(() => null);
  if (existing?.isDirectory()) throw new UsageError(`Cannot write ${output}: it is a folder, not a file.`);
  if (existing !== null && !existing.isFile()) throw new UsageError(`Cannot write ${output}: it is not a regular file.`);
  // A temporary file beside the output proves the folder is writable (permissions, a read-only disk).
  try {
    const probe = await AtomicFile.create(output);
    await probe.abort();
  } catch (error) {
    throw new UsageError(FileWriteError.from(error, output).message);
  }
}

/** Why reading the session file failed, in words. */
function readFailure(path: string, error: unknown): UsageError {
  const reasons: Readonly<Record<string, string>> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder, not a file',
    ENOTDIR: 'a part of the path is not a folder',
    ENAMETOOLONG: 'the name is too long',
    ELOOP: 'too many symbolic links',
    EIO: 'the disk reported an input/output error',
  };
  const code = errorCode(error);
  return new UsageError(`Cannot read ${path}: ${reasons[code] ?? `the system refused (${code})`}.`);
}

/** The frame rate and duration the export will use: the flags', else the session's own. */
function effectiveTiming(document: SessionDocument, overrides: RenderOverrides): { fps: number; duration: number } {
  return { fps: overrides.fps ?? document.export.fps, duration: overrides.duration ?? document.export.duration };
}

export function parseDuration(text: string): number {
  const duration = parseNumber(text, '--duration');
  if (duration <= 0 || duration > MAX_DURATION)
    throw new UsageError(`--duration must be more than 0 and at most ${MAX_DURATION} seconds, not '${text}'.`);
  return duration;
}

/**
 * `curvature render SESSION.json -o OUT.(mp4|webm|gif|png|tar) [--size WxH --fps N --duration S]`:
 * the session's animation (or, for .png, its current frame) through the app's own export, in
 * headless Chromium. Progress on stderr; a JSON summary on stdout.
 */
export async function renderCommand(args: readonly string[]): Promise<void> {
  const { flags, positionals } = parseFlags(args, ['output', 'size', 'fps', 'duration'], { '-o': 'output' });
  if (positionals.length !== 1)
    throw new UsageError(`render takes one session file (got ${positionals.length}): curvature render SESSION.json -o OUT.mp4`);
  const output = resolve(requireFlag(flags, 'output'));
  const format = FORMAT_BY_EXTENSION[extname(output).toLowerCase()];
  if (format === undefined)
    throw new UsageError(`Unknown output type '${extname(output) || output}': use .mp4, .webm, .gif, .png or .tar (a PNG sequence).`);
  const overrides: { -readonly [K in keyof RenderOverrides]: RenderOverrides[K] } = { format };
  const size = flags.get('size');
  if (size !== undefined) [overrides.width, overrides.height] = parseSize(size, format);
  const fps = flags.get('fps');
  if (fps !== undefined) overrides.fps = parseFps(fps, format);
  const duration = flags.get('duration');
  if (duration !== undefined) overrides.duration = parseDuration(duration);

  const sessionPath = positionals[0]!;
  let bytes: Uint8Array;
  try {
    const info = await stat(sessionPath);
    if (!info.isFile()) throw new UsageError(`${sessionPath} is not a file.`);
    if (info.size > SESSION_LIMITS.maxBytes) throw new UsageError(`${sessionPath} is too large for a session (${info.size} bytes).`);
    bytes = await readFile(sessionPath);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw readFailure(sessionPath, error);
  }
  const parsed = parseSessionBytes(bytes);
  if (!parsed.ok) throw new UsageError(`${sessionPath}: ${parsed.error.message}`);
  const timing = effectiveTiming(parsed.value, overrides);
  checkTiming(format, timing.fps, timing.duration);
  await checkOutputPath(output);

  // Loaded only now: vite and Playwright are heavy, and every other command would pay for them.
  const { renderSession, RenderSettingsError } = await import('../render/renderSession.ts');
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  let lastReported = -1;
  try {
    const summary = await renderSession({
      document: parsed.value,
      output,
      overrides,
      signal: controller.signal,
      onProgress: ({ framesDone, frameCount, remainingMs }) => {
        // About twenty lines per render, and always the last frame.
        const step = Math.max(1, Math.ceil(frameCount / 20));
        if (framesDone !== frameCount && framesDone - lastReported < step) return;
        lastReported = framesDone;
        const left = remainingMs === null ? '' : `, ${Math.ceil(remainingMs / 1000)} s left`;
        process.stderr.write(`curvature render: frame ${framesDone}/${frameCount}${left}\n`);
      },
    });
    printJson(summary);
  } catch (error) {
    if (error instanceof RenderSettingsError) throw new UsageError(error.message);
    if (error instanceof FileWriteError) throw new UsageError(error.message);
    throw error;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
  }
}
