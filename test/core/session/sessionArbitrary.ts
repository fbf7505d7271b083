import fc from 'fast-check';
import {
  OPTIMIZER_NAMES,
  OPTIMIZERS,
  PRESETS,
  parseExpression,
  SESSION_FORMAT,
  SESSION_VERSION,
  type CameraState,
  type RunSpec,
  type SessionDocument,
} from '../../../core/index.ts';
import { smoothExpression } from '../../support/expressionArbitrary.ts';

/** Finite doubles in a range, with -0 folded to 0 (JSON has no -0, so it cannot survive a save). */
const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((value) => value + 0);
const positive = (max: number) => real(0, max).filter((value) => value > 0);
const unit = real(0, 0.999999);
const coordinate = real(-1e6, 1e6);

const camera: fc.Arbitrary<CameraState> = fc.record({
  position: fc.tuple(coordinate, coordinate, coordinate),
  target: fc.tuple(coordinate, coordinate, coordinate),
  fov: real(1.5, 178),
});

const range = fc
  .tuple(real(-1e3, 1e3), real(-1e3, 1e3))
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => (a < b ? ([a, b] as const) : ([b, a] as const)));

/** A small embedded data set with the columns u, v, w (as many as drawn), or null. */
const embeddedData = fc.option(
  fc.integer({ min: 1, max: 3 }).chain((width) =>
    fc.integer({ min: 1, max: 6 }).chain((rows) =>
      fc.record({
        name: fc.constantFrom('data.csv', 'iris.csv'),
        columns: fc.tuple(
          ...['u', 'v', 'w']
            .slice(0, width)
            .map((name) => fc.record({ name: fc.constant(name), values: fc.array(coordinate, { minLength: rows, maxLength: rows }) })),
        ),
      }),
    ),
  ),
  { freq: 4 },
);

/** Strictly increasing coordinates, at least two. */
const axis = fc.uniqueArray(real(-1e3, 1e3), { minLength: 2, maxLength: 4 }).map((values) => [...values].sort((a, b) => a - b));

/** A small embedded surface with some holes (never all), or null. */
const embeddedSurface = fc.option(
  fc.tuple(axis, axis).chain(([x, y]) =>
    fc.record({
      name: fc.constant('surface.h5'),
      key: fc.constantFrom('train_loss', 'test_acc'),
      x: fc.constant(x),
      y: fc.constant(y),
      values: nodeValues(x.length * y.length),
      otherLayers: fc
        .subarray(['test_loss', 'min_eig'])
        .chain((keys) => fc.tuple(...keys.map((key) => fc.record({ key: fc.constant(key), values: nodeValues(x.length * y.length) })))),
    }),
  ),
  { freq: 4 },
);

function nodeValues(count: number): fc.Arbitrary<(number | null)[]> {
  return fc
    .array(fc.option(coordinate, { freq: 5 }), { minLength: count, maxLength: count })
    .filter((values) => values.some((value) => value !== null));
}

const trajectory = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.record({
    name: fc.constantFrom('a_proj_cos.h5', 'b_proj_lstsq.h5'),
    x: fc.array(coordinate, { minLength: n, maxLength: n }),
    y: fc.array(coordinate, { minLength: n, maxLength: n }),
  }),
);

const run = (id: string): fc.Arbitrary<RunSpec> =>
  fc
    .record({
      id: fc.constant(id),
      optimizer: fc.constantFrom(...OPTIMIZER_NAMES),
      params: fc.record({
        lr: positive(1e6),
        momentum: unit,
        beta1: unit,
        beta2: unit,
        eps: positive(1),
        alpha: unit,
        damping: real(0, 1e6),
        history: fc.integer({ min: 1, max: 10_000 }),
        lineSearch: fc.constantFrom('none', 'strong-wolfe'),
      }),
      color: fc.integer({ min: 0, max: 0xffffff }).map((rgb) => `#${rgb.toString(16).padStart(6, '0')}`),
      visible: fc.boolean(),
      start: fc.option(fc.tuple(coordinate, coordinate), { nil: null }),
      steps: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
      schedule: fc.option(
        fc.oneof(
          fc.integer({ min: 1, max: 1000 }).map((stepSize) => ({ name: 'StepLR' as const, settings: { step_size: stepSize, gamma: 0.5 } })),
          fc
            .integer({ min: 1, max: 1000 })
            .map((period) => ({ name: 'CosineAnnealingLR' as const, settings: { T_max: period, eta_min: 0 } })),
        ),
        { nil: null },
      ),
      batch: fc.option(fc.record({ size: fc.integer({ min: 1, max: 100_000 }), seed: fc.integer() }), { nil: null }),
    })
    // A run stores its own optimizer's hyperparameters only.
    .map((spec) => ({
      ...spec,
      params: Object.fromEntries(
        Object.keys(OPTIMIZERS[spec.optimizer].hyperparameters).map((key) => [key, spec.params[key as keyof typeof spec.params]]),
      ),
    }));

const functionText = fc.oneof(
  fc.constantFrom(...PRESETS.map((preset) => preset.name)),
  smoothExpression.filter((text) => parseExpression(text).ok),
);

/** Random documents that a person could have built in the app: every field set, every rule kept. */
export const validSession: fc.Arbitrary<SessionDocument> = fc
  .record({
    function: functionText,
    source: fc.oneof(
      embeddedData.map((data) => ({ data, surface: null, trajectories: [] })),
      fc
        .tuple(embeddedSurface, fc.array(trajectory, { maxLength: 2 }))
        .map(([surface, trajectories]) => ({ data: null, surface, trajectories: surface === null ? [] : trajectories })),
    ),
    domain: fc.record({ x: range, y: range }),
    heightScale: fc.constantFrom('linear' as const, 'log' as const),
    resolution: fc.integer({ min: 8, max: 1024 }),
    view: fc.record({
      tangentPlane: fc.boolean(),
      paraboloid: fc.boolean(),
      eigenvectors: fc.boolean(),
      believedModel: fc.boolean(),
      gradientStep: fc.boolean(),
      newtonStep: fc.boolean(),
      momentumStep: fc.boolean(),
      lbfgsDirection: fc.boolean(),
      contours: fc.boolean(),
      axes: fc.boolean(),
      legend: fc.boolean(),
      lossChart: fc.boolean(),
      lossQuantity: fc.constantFrom('f' as const, 'gap' as const, 'gradient' as const),
      lossScale: fc.constantFrom('linear' as const, 'log' as const),
      lrStrip: fc.boolean(),
      layout: fc.constantFrom('3d' as const, 'contour' as const, 'split' as const),
      theme: fc.constantFrom('dark' as const, 'light' as const),
    }),
    start: fc.tuple(coordinate, coordinate),
    steps: fc.integer({ min: 1, max: 100_000 }),
    runCount: fc.integer({ min: 0, max: 16 }),
    inspected: fc.option(fc.tuple(coordinate, coordinate), { nil: null }),
    selectedFraction: fc.option(real(0, 0.999), { nil: null }),
    camera,
    timeline: fc.record({ fraction: real(0, 1), speed: positive(10_000), loop: fc.boolean() }),
    export: fc.record({
      format: fc.constantFrom('mp4' as const, 'webm' as const, 'gif' as const, 'png' as const, 'png-sequence' as const),
      width: fc.integer({ min: 16, max: 4096 }),
      height: fc.integer({ min: 16, max: 4096 }),
      fps: fc.constantFrom(24 as const, 30 as const, 60 as const),
      duration: positive(3600),
      quality: fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
      transparent: fc.boolean(),
      include: fc.record({
        legend: fc.boolean(),
        formula: fc.boolean(),
        title: fc.boolean(),
        lossChart: fc.boolean(),
        fit: fc.boolean(),
        stepLine: fc.boolean(),
      }),
      title: fc.string({ maxLength: 200 }),
      cameraMove: fc.constantFrom('still' as const, 'orbit' as const, 'keyframes' as const),
      keyframes: fc.array(fc.record({ fraction: real(0, 1), camera }), { maxLength: 5 }),
    }),
  })
  .chain((draft) =>
    fc.tuple(...Array.from({ length: draft.runCount }, (_, index) => run(`run-${index + 1}`))).map((runs): SessionDocument => ({
      format: SESSION_FORMAT,
      version: SESSION_VERSION,
      function: draft.function,
      data: draft.source.data,
      surface: draft.source.surface,
      trajectories: draft.source.trajectories,
      domain: draft.domain,
      heightScale: draft.heightScale,
      resolution: draft.resolution,
      view: draft.view,
      start: draft.start,
      steps: draft.steps,
      runs,
      inspected: draft.inspected,
      selectedRun: draft.selectedFraction === null || runs.length === 0 ? null : Math.floor(draft.selectedFraction * runs.length),
      camera: draft.camera,
      timeline: { iteration: draft.timeline.fraction * draft.steps, speed: draft.timeline.speed, loop: draft.timeline.loop },
      export: {
        ...draft.export,
        keyframes: draft.export.keyframes.map(({ fraction, camera: at }) => ({ time: fraction * draft.export.duration, camera: at })),
      },
    })),
  );
