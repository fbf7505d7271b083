import type { CameraState, ExportSettings, SessionDocument } from '../../core/index.ts';
import type { CameraMove } from './cameraMoves.ts';
import { FORMATS, type ExportFormat, type ExportQuality } from './ExportFormat.ts';
import { checkExportSettings } from './checkExportSettings.ts';
import { makeSchedule, stillSchedule, type FrameSchedule } from './frameSchedule.ts';

/** Changes to the session's saved export settings for one export (the CLI's flags, the dialog's range). */
export interface ExportOverrides {
  readonly format?: ExportFormat;
  readonly width?: number;
  readonly height?: number;
  readonly fps?: number;
  readonly duration?: number;
  /** Timeline positions (iterations) of the first and last frame; default: the whole run set. */
  readonly range?: { readonly from: number; readonly to: number };
}

/** Everything one export needs, resolved and checked. */
export interface ExportPlan {
  readonly format: ExportFormat;
  readonly width: number;
  readonly height: number;
  readonly schedule: FrameSchedule;
  readonly quality: ExportQuality;
  readonly transparent: boolean;
  readonly include: ExportSettings['include'];
  /** The loss chart's axis, as the window shows it. */
  readonly lossScale: SessionDocument['view']['lossScale'];
  readonly title: string;
  readonly camera: CameraState;
  readonly cameraMove: CameraMove;
}

/** Settings that cannot be exported, with a message that says which and why. */
export class ExportSettingsError extends Error {
  override readonly name = 'ExportSettingsError';
}

/** Sizes offered by the dialog. */
export const SIZE_PRESETS: readonly (readonly [number, number])[] = [
  [1280, 720],
  [1920, 1080],
  [2560, 1440],
  [3840, 2160],
];
export const FPS_CHOICES = [24, 30, 60] as const;

/**
 * Resolves the session's export settings and the overrides into a plan. `lastIteration` is the
 * scene's last timeline position: an animation spans 0 … lastIteration unless a range is given;
 * a still shows the session's current timeline position.
 */
export function planExport(document: SessionDocument, overrides: ExportOverrides, lastIteration: number): ExportPlan {
  const settings = document.export;
  const format = overrides.format ?? settings.format;
  const info = FORMATS[format];
  if (info === undefined) throw new ExportSettingsError(`Unknown export format '${String(format)}'.`);
  const width = overrides.width ?? settings.width;
  const height = overrides.height ?? settings.height;
  const fps = overrides.fps ?? settings.fps;
  const duration = overrides.duration ?? settings.duration;
  const last = Math.max(0, lastIteration);
  const range = overrides.range ?? { from: 0, to: last };
  const problems = checkExportSettings({ format, width, height, fps, duration, range: { ...range, last } });
  const problem = Object.values(problems)[0];
  if (problem !== undefined) throw new ExportSettingsError(problem);
  const schedule = info.animated
    ? makeSchedule({ fps, duration, from: range.from, to: range.to })
    : stillSchedule(Math.min(Math.max(document.timeline.iteration, 0), last));
  const cameraMove: CameraMove =
    settings.cameraMove === 'keyframes' ? { kind: 'keyframes', keyframes: settings.keyframes } : { kind: settings.cameraMove };
  return {
    format,
    width,
    height,
    schedule,
    quality: settings.quality,
    transparent: settings.transparent && info.alpha,
    include: settings.include,
    lossScale: document.view.lossScale,
    title: settings.title,
    camera: document.camera,
    cameraMove: info.animated ? cameraMove : { kind: 'still' },
  };
}
