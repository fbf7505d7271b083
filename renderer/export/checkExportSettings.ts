import { EXPORT_LIMITS, GIF_MIN_FPS } from '../../core/index.ts';
import { FORMATS, type ExportFormat } from './ExportFormat.ts';

/** The export settings a person types, as numbers (NaN where a field cannot be read). */
export interface TypedExportSettings {
  readonly format: ExportFormat;
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly duration: number;
  /** A one-off range of iterations, and the last iteration there is. */
  readonly range?: { readonly from: number; readonly to: number; readonly last: number };
}

export type ExportField = 'width' | 'height' | 'fps' | 'duration' | 'from' | 'to';

/** What is wrong with each field, in words; empty when the settings can be exported. */
export type ExportProblems = Partial<Record<ExportField, string>>;

const { minSize, maxSize, maxFps, maxDuration, gifMaxFps } = EXPORT_LIMITS;

function sizeProblem(name: 'width' | 'height', value: number, format: ExportFormat): string | undefined {
  if (!Number.isInteger(value) || value < minSize || value > maxSize)
    return `The ${name} must be a whole number of pixels from ${minSize} to ${maxSize}, not ${shown(value)}.`;
  if ((format === 'mp4' || format === 'webm') && value % 2 !== 0) return `Video needs an even ${name}; ${value} is odd.`;
  return undefined;
}

function fpsProblem(fps: number, format: ExportFormat): string | undefined {
  if (!Number.isFinite(fps) || fps <= 0 || fps > maxFps)
    return `Frames per second must be more than 0 and at most ${maxFps}, not ${shown(fps)}.`;
  if (format === 'gif' && fps > gifMaxFps)
    return `A GIF plays at most ${gifMaxFps} frames per second (players slow faster frames down); choose 24 or 30.`;
  if (format === 'gif' && fps < GIF_MIN_FPS) return `A GIF needs at least ${GIF_MIN_FPS.toPrecision(2)} frames per second.`;
  return undefined;
}

function durationProblem(duration: number, fps: number): string | undefined {
  if (!Number.isFinite(duration) || duration <= 0 || duration > maxDuration)
    return `The duration must be more than 0 and at most ${maxDuration} seconds, not ${shown(duration)}.`;
  if (Number.isFinite(fps) && fps > 0 && duration * fps < 1 - 1e-9)
    return `${duration} s is shorter than one frame at ${fps} frames per second.`;
  return undefined;
}

/** An unreadable field is NaN: say that it is not a number rather than print NaN. */
const shown = (value: number): string => (Number.isNaN(value) ? 'an empty or unreadable entry' : String(value));

/** Every problem of the settings at once, by field, so each can be shown beside its field as it is typed. */
export function checkExportSettings(settings: TypedExportSettings): ExportProblems {
  const { format, width, height, fps, duration, range } = settings;
  const problems: ExportProblems = {};
  const set = (field: ExportField, problem: string | undefined) => {
    if (problem !== undefined) problems[field] = problem;
  };
  set('width', sizeProblem('width', width, format));
  set('height', sizeProblem('height', height, format));
  if (FORMATS[format].animated) {
    set('fps', fpsProblem(fps, format));
    set('duration', durationProblem(duration, fps));
    if (range !== undefined) {
      const { from, to, last } = range;
      const within = (value: number) => Number.isFinite(value) && value >= 0 && value <= last;
      if (!within(from)) set('from', `The first iteration must be from 0 to ${last}, not ${shown(from)}.`);
      if (!within(to)) set('to', `The last iteration must be from 0 to ${last}, not ${shown(to)}.`);
      else if (within(from) && from > to) set('to', `The range must start before it ends (${from} is after ${to}).`);
    }
  }
  return problems;
}
