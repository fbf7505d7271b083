import { parseExpression } from '../expression/parseExpression.ts';
import { checkDomain } from '../grid/Domain.ts';
import { MAX_GRID_SIZE, type HeightScale } from '../grid/sampleGrid.ts';
import { findPreset } from '../presets/presets.ts';
import { findDatasetPreset } from '../presets/datasetPresets.ts';
import { embeddedDataCheck, embeddedNumbers, embeddedSurfaceCheck, embeddedTrajectoryCheck } from './embeddedChecks.ts';
import { fail, ok, type Result } from '../result.ts';
import { checkHyperparameter, defaultHyperparameters } from '../optimizers/checkHyperparameters.ts';
import type { Hyperparameters } from '../optimizers/Hyperparameter.ts';
import { OPTIMIZER_NAMES, type OptimizerName } from '../optimizers/registry.ts';
import { checkSchedule } from '../schedules/checkSchedule.ts';
import type { Schedule } from '../schedules/Schedule.ts';
import { DEFAULT_CAMERA, DEFAULT_EXPORT, DEFAULT_RESOLUTION, DEFAULT_STEPS, DEFAULT_TIMELINE, DEFAULT_VIEW } from './defaultSession.ts';
import { paletteColor } from './runDefaults.ts';
import { longestBudget } from './runBudget.ts';
import { sessionError, type SessionError } from './SessionError.ts';
import {
  SESSION_FORMAT,
  SESSION_VERSION,
  type CameraKeyframe,
  type CameraState,
  type ExportSettings,
  type RunSpec,
  type SessionDocument,
  type ViewToggles,
} from './SessionDocument.ts';
import { MAX_STEPS } from '../trajectory/runOptions.ts';
import type { BatchOptions } from '../trajectory/runMiniBatches.ts';
import { DATA_LIMITS } from '../data/dataLimits.ts';
import { MAX_RUNS, SESSION_LIMITS } from './sessionLimits.ts';
import { OVERLAY_FLAGS, type OverlayFlag } from './overlayFlags.ts';
import { EXPORT_LIMITS } from './exportLimits.ts';
import {
  boolean,
  describeValue,
  fieldPath,
  isPlainObject,
  list,
  nullable,
  number,
  object,
  oneOf,
  optional,
  required,
  string,
  tuple,
  type Check,
  type Field,
} from './validator.ts';

const coordinate = number({ min: -SESSION_LIMITS.maxCoordinate, max: SESSION_LIMITS.maxCoordinate });
const point2 = tuple(coordinate, 2);
const point3 = tuple(coordinate, 3);
const stepBudget = number({ integer: true, min: 1, max: MAX_STEPS });
/** `{ "size": 8, "seed": 0 }`; whether the size fits the data's rows is the run's to say (the data may change). */
const batchCheck = object<BatchOptions>({
  size: required(number({ integer: true, min: 1, max: DATA_LIMITS.maxRows })),
  seed: optional(number({ integer: true, min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), () => 0),
});

/**
 * A preset's name, or an expression that passes the same validator as a typed one (with an
 * embedded data set, its columns are names too). With an embedded surface it is only a label.
 */
function functionText(raw: Record<string, unknown>): Check<string> {
  const columns = embeddedColumnNames(raw.data);
  return (value, path) => {
    if (typeof value !== 'string') return fail(sessionError(`${path} must be text: a preset name or an expression in x and y`, path));
    if (isPlainObject(raw.surface)) return string({ maxLength: SESSION_LIMITS.maxTitleLength })(value, path);
    const name = value.trim();
    if (findPreset(name) || findDatasetPreset(name)) return ok(value);
    const parsed = parseExpression(value, columns);
    if (!parsed.ok) return fail(sessionError(`${path}: ${parsed.error.message}`, path));
    return ok(value);
  };
}

/** The column names of an embedded data set as far as they can be read (the data check refuses the rest). */
function embeddedColumnNames(data: unknown): string[] {
  if (!isPlainObject(data) || !Array.isArray(data.columns)) return [];
  return data.columns.flatMap((column: unknown) => (isPlainObject(column) && typeof column.name === 'string' ? [column.name] : []));
}

const domainCheck: Check<SessionDocument['domain']> = (value, path) => {
  const shaped = object<SessionDocument['domain']>({ x: required(tuple(number(), 2)), y: required(tuple(number(), 2)) })(value, path);
  if (!shaped.ok) return shaped;
  const problem = checkDomain(shaped.value);
  return problem === undefined ? shaped : fail(sessionError(`${path}: ${problem}`, path));
};

/**
 * A run's own hyperparameters, checked by the optimizer's schema (the same rule as the core's):
 * a key the optimizer does not take is refused, a missing one takes its default.
 */
function paramsFor(optimizer: OptimizerName): Check<Hyperparameters> {
  return (value, path) => {
    if (!isPlainObject(value)) return fail(sessionError(`${path} must be an object`, path));
    const params: Record<string, number | string> = { ...defaultHyperparameters(optimizer) };
    for (const [key, given] of Object.entries(value)) {
      const problem = checkHyperparameter(optimizer, key, given);
      const at = fieldPath(path, key);
      if (problem) return fail(sessionError(`${at}: ${problem.message}`, at));
      params[key] = given as number | string;
    }
    return ok(params);
  };
}

/** `{ "name": "StepLR", "settings": { "step_size": 15 } }`: torch's names, checked as the CLI's --schedule is; defaults filled in. */
const scheduleCheck: Check<Schedule> = (value, path) => {
  if (!isPlainObject(value))
    return fail(sessionError(`${path} must be an object like { "name": "StepLR", "settings": { "step_size": 15 } }`, path));
  const settings = value.settings ?? {};
  if (!isPlainObject(settings)) return fail(sessionError(`${fieldPath(path, 'settings')} must be an object`, fieldPath(path, 'settings')));
  const checked = checkSchedule(typeof value.name === 'string' ? value.name : describeValue(value.name), settings);
  return checked.ok ? checked : fail(sessionError(`${path}: ${checked.error.message}`, path));
};

const optimizerCheck = oneOf(OPTIMIZER_NAMES as readonly OptimizerName[]) as Check<OptimizerName>;

function runCheck(index: number): Check<RunSpec> {
  return (value, path) => {
    if (!isPlainObject(value)) return fail(sessionError(`${path} must be an object`, path));
    const optimizer = optimizerCheck(value.optimizer, fieldPath(path, 'optimizer'));
    if (!optimizer.ok)
      return value.optimizer === undefined
        ? fail(sessionError(`${fieldPath(path, 'optimizer')} is missing`, fieldPath(path, 'optimizer')))
        : optimizer;
    return object<RunSpec>({
      id: optional(
        string({ minLength: 1, maxLength: SESSION_LIMITS.maxRunIdLength, pattern: /^[A-Za-z0-9_-]+$/, hint: 'letters, digits, - or _' }),
        () => `run-${index + 1}`,
      ),
      optimizer: required(optimizerCheck),
      params: optional(paramsFor(optimizer.value), () => defaultHyperparameters(optimizer.value)),
      color: optional(string({ maxLength: 7, pattern: /^#[0-9a-fA-F]{6}$/, hint: 'a colour like "#ff9f1c"' }), () => paletteColor(index)),
      visible: optional(boolean, () => true),
      start: optional(nullable(point2), () => null),
      steps: optional(nullable(stepBudget), () => null),
      schedule: optional(nullable(scheduleCheck), () => null),
      batch: optional(nullable(batchCheck), () => null),
    })(value, path);
  };
}

const runsCheck: Check<readonly RunSpec[]> = (value, path) => {
  if (!Array.isArray(value)) return fail(sessionError(`${path} must be a list`, path));
  if (value.length > MAX_RUNS) return fail(sessionError(`${path} must have at most ${MAX_RUNS} entries (got ${value.length})`, path));
  const runs: RunSpec[] = [];
  const ids = new Set<string>();
  for (let index = 0; index < value.length; index++) {
    const run = runCheck(index)(value[index], fieldPath(path, index));
    if (!run.ok) return run;
    const idPath = fieldPath(fieldPath(path, index), 'id');
    if (ids.has(run.value.id)) return fail(sessionError(`${idPath} "${run.value.id}" is used by another run`, idPath));
    ids.add(run.value.id);
    runs.push(run.value);
  }
  return ok(runs);
};

const cameraCheck = object<CameraState>({
  position: required(point3),
  target: required(point3),
  fov: required(number({ above: 1, below: 179 })),
});

/** Each overlay flag: a boolean, its default when absent. */
const overlayFlagChecks = Object.fromEntries(OVERLAY_FLAGS.map((flag) => [flag, optional(boolean, () => DEFAULT_VIEW[flag])])) as {
  readonly [Flag in OverlayFlag]: Field<boolean>;
};

const viewCheck = object<ViewToggles>({
  ...overlayFlagChecks,
  contours: optional(boolean, () => DEFAULT_VIEW.contours),
  axes: optional(boolean, () => DEFAULT_VIEW.axes),
  legend: optional(boolean, () => DEFAULT_VIEW.legend),
  lossChart: optional(boolean, () => DEFAULT_VIEW.lossChart),
  lossQuantity: optional(oneOf(['f', 'gap', 'gradient'] as const), () => DEFAULT_VIEW.lossQuantity),
  lossScale: optional(oneOf(['linear', 'log'] as const), () => DEFAULT_VIEW.lossScale),
  lrStrip: optional(boolean, () => DEFAULT_VIEW.lrStrip),
  layout: optional(oneOf(['3d', 'contour', 'split'] as const), () => DEFAULT_VIEW.layout),
  theme: optional(oneOf(['dark', 'light'] as const), () => DEFAULT_VIEW.theme),
});

const timelineCheck = object<SessionDocument['timeline']>({
  iteration: optional(number({ min: 0, max: MAX_STEPS }), () => DEFAULT_TIMELINE.iteration),
  speed: optional(number({ above: 0, max: 10_000 }), () => DEFAULT_TIMELINE.speed),
  loop: optional(boolean, () => DEFAULT_TIMELINE.loop),
});

const side = number({ integer: true, min: EXPORT_LIMITS.minSize, max: EXPORT_LIMITS.maxSize });
const keyframeCheck = object<CameraKeyframe>({
  time: required(number({ min: 0, max: EXPORT_LIMITS.maxDuration })),
  camera: required(cameraCheck),
});
const includeDefaults = DEFAULT_EXPORT.include;

const exportCheck = object<ExportSettings>({
  format: optional(oneOf(['mp4', 'webm', 'gif', 'png', 'png-sequence'] as const), () => DEFAULT_EXPORT.format),
  width: optional(side, () => DEFAULT_EXPORT.width),
  height: optional(side, () => DEFAULT_EXPORT.height),
  fps: optional(oneOf([24, 30, 60] as const), () => DEFAULT_EXPORT.fps),
  duration: optional(number({ above: 0, max: EXPORT_LIMITS.maxDuration }), () => DEFAULT_EXPORT.duration),
  quality: optional(oneOf(['low', 'medium', 'high'] as const), () => DEFAULT_EXPORT.quality),
  transparent: optional(boolean, () => DEFAULT_EXPORT.transparent),
  include: optional(
    object<ExportSettings['include']>({
      legend: optional(boolean, () => includeDefaults.legend),
      formula: optional(boolean, () => includeDefaults.formula),
      title: optional(boolean, () => includeDefaults.title),
      lossChart: optional(boolean, () => includeDefaults.lossChart),
      fit: optional(boolean, () => includeDefaults.fit),
      stepLine: optional(boolean, () => includeDefaults.stepLine),
    }),
    () => ({ ...includeDefaults }),
  ),
  title: optional(string({ maxLength: SESSION_LIMITS.maxTitleLength }), () => DEFAULT_EXPORT.title),
  cameraMove: optional(oneOf(['still', 'orbit', 'keyframes'] as const), () => DEFAULT_EXPORT.cameraMove),
  keyframes: optional(list(keyframeCheck, SESSION_LIMITS.maxKeyframes), () => []),
});

/** The domain and start a file leaves out follow its function: a preset's own, an embedded surface's extent, else the default. */
function dependentDefaults(raw: Record<string, unknown>): {
  domain: () => SessionDocument['domain'];
  start: () => readonly [number, number];
} {
  const name = typeof raw.function === 'string' ? raw.function.trim() : '';
  const preset = isPlainObject(raw.surface) ? undefined : (findPreset(name) ?? findDatasetPreset(name));
  const extent = surfaceExtent(raw.surface);
  const domain = (): SessionDocument['domain'] =>
    preset ? { x: [...preset.domain.x], y: [...preset.domain.y] } : (extent ?? { x: [-3, 3], y: [-3, 3] });
  return {
    domain,
    start: () => {
      if (preset) return [...preset.start];
      const given = isPlainObject(raw.domain) ? raw.domain : extent;
      const mid = (axis: unknown, fallback: number) =>
        Array.isArray(axis) && typeof axis[0] === 'number' && typeof axis[1] === 'number' ? (axis[0] + axis[1]) / 2 : fallback;
      return [mid(given?.x, 0), mid(given?.y, 0)];
    },
  };
}

/** [first, last] of each axis of an embedded surface, when both read as lists of numbers. */
function surfaceExtent(surface: unknown): SessionDocument['domain'] | undefined {
  if (!isPlainObject(surface)) return undefined;
  const ends = (axis: unknown): [number, number] | undefined =>
    Array.isArray(axis) && typeof axis[0] === 'number' && typeof axis[axis.length - 1] === 'number'
      ? [axis[0], axis[axis.length - 1] as number]
      : undefined;
  const x = ends(surface.x);
  const y = ends(surface.y);
  return x && y ? { x, y } : undefined;
}

/**
 * Strict validation of a current-version document (after migrations), filling defaults for
 * optional fields. Messages name the field: `runs[2].params.lr must be > 0 (got 0)`.
 */
export function validateSession(raw: unknown): Result<SessionDocument, SessionError> {
  if (!isPlainObject(raw)) return fail(sessionError('The session must be a JSON object ({ … }).'));
  const dependent = dependentDefaults(raw);
  const data = nullable(embeddedDataCheck)(raw.data ?? null, 'data');
  if (!data.ok) return data;
  const surface = nullable(embeddedSurfaceCheck)(raw.surface ?? null, 'surface');
  if (!surface.ok) return surface;
  const shaped = object<SessionDocument>({
    format: required(oneOf([SESSION_FORMAT] as const)),
    version: required(oneOf([SESSION_VERSION] as const)),
    function: required(functionText(raw)),
    domain: optional(domainCheck, dependent.domain),
    heightScale: optional(oneOf(['linear', 'log'] as const) as Check<HeightScale>, () => 'linear'),
    resolution: optional(number({ integer: true, min: 8, max: MAX_GRID_SIZE }), () => DEFAULT_RESOLUTION),
    view: optional(viewCheck, () => ({ ...DEFAULT_VIEW })),
    start: optional(point2, dependent.start),
    steps: optional(stepBudget, () => DEFAULT_STEPS),
    runs: optional(runsCheck, () => []),
    inspected: optional(nullable(point2), () => null),
    selectedRun: optional(nullable(number({ integer: true, min: 0 })), () => null),
    camera: optional(cameraCheck, () => ({ ...DEFAULT_CAMERA })),
    timeline: optional(timelineCheck, () => ({ ...DEFAULT_TIMELINE })),
    export: optional(exportCheck, () => ({ ...DEFAULT_EXPORT, include: { ...DEFAULT_EXPORT.include } })),
    // Last in the file, since they may hold a million numbers; checked first, since the function is read in their light.
    data: optional(
      () => data,
      () => null,
    ),
    surface: optional(
      () => surface,
      () => null,
    ),
    trajectories: optional(list(embeddedTrajectoryCheck, SESSION_LIMITS.maxTrajectories), () => []),
  })(raw, '');
  if (!shaped.ok) return shaped;
  const document = shaped.value;
  if (document.data !== null && document.surface !== null) {
    return fail(sessionError('A session holds a data set or a surface, not both (data and surface are both set).', 'surface'));
  }
  if (document.trajectories.length > 0 && document.surface === null) {
    return fail(
      sessionError('trajectories are drawn over an imported surface, and this session has none (surface is null).', 'trajectories'),
    );
  }
  const embedded = embeddedNumbers(document);
  if (embedded > SESSION_LIMITS.maxEmbeddedNumbers) {
    const cap = SESSION_LIMITS.maxEmbeddedNumbers.toLocaleString('en');
    return fail(
      sessionError(`This session embeds ${embedded.toLocaleString('en')} numbers; a session holds at most ${cap}.`, 'trajectories'),
    );
  }
  if (document.selectedRun !== null && document.selectedRun >= document.runs.length) {
    return fail(sessionError(`selectedRun must name one of the ${document.runs.length} runs (got ${document.selectedRun})`, 'selectedRun'));
  }
  const budget = longestBudget(document);
  if (document.timeline.iteration > budget) {
    return fail(
      sessionError(
        `timeline.iteration must be <= the longest step budget (${budget}) (got ${document.timeline.iteration})`,
        'timeline.iteration',
      ),
    );
  }
  const lateKeyframe = document.export.keyframes.findIndex((keyframe) => keyframe.time > document.export.duration);
  if (lateKeyframe >= 0) {
    const path = `export.keyframes[${lateKeyframe}].time`;
    return fail(sessionError(`${path} must be within the export's duration (${document.export.duration} s)`, path));
  }
  return ok(document);
}
