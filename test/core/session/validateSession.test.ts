import { describe, expect, it } from 'vitest';
import { defaultSession, parseSessionText, serializeSession, type SessionDocument } from '../../../core/index.ts';
import { expectClearError } from './expectClearError.ts';

const base = (): Record<string, unknown> => JSON.parse(JSON.stringify(defaultSession())) as Record<string, unknown>;
const parse = (document: unknown) => parseSessionText(JSON.stringify(document));

/** Sets (or, with undefined, deletes) the field at a dotted path such as `runs.2.params.lr`. */
function setIn(document: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  const last = keys.pop()!;
  let at = document;
  for (const key of keys) at = at[key] as Record<string, unknown>;
  if (value === undefined) delete at[last];
  else at[last] = value;
}

describe('strict validation names the field', () => {
  it.each([
    ['runs.2.params.lr', 0, /runs\[2\]\.params\.lr: lr must be a number in \(0, 1000000\], not 0/, 'runs[2].params.lr'],
    ['runs.0.params.momentum', 1, /gd has no hyperparameter momentum; it takes lr/, 'runs[0].params.momentum'],
    ['runs.1.optimizer', 'sgd', /one of "gd"/, 'runs[1].optimizer'],
    ['runs.1.color', 'red', /colour/, 'runs[1].color'],
    ['runs.1.id', 'run-1', /used by another run/, 'runs[1].id'],
    ['domain.x', [2, -2], /smaller to a larger/, 'domain'],
    ['steps', 1e9, /<= 100000/, 'steps'],
    ['steps', 2.5, /whole number/, 'steps'],
    ['resolution', 4, />= 8/, 'resolution'],
    ['selectedRun', 3, /one of the 3 runs/, 'selectedRun'],
    ['view.layout', 'vr', /one of/, 'view.layout'],
    ['view.lossScale', 'ln', /one of "linear", "log"/, 'view.lossScale'],
    ['view.lrStrip', 'yes', /must be true or false \(got "yes"\)/, 'view.lrStrip'],
    ['view.lrStrip', 1, /must be true or false/, 'view.lrStrip'],
    ['view.newtonStep', null, /must be true or false/, 'view.newtonStep'],
    ['export.include.stepLine', 'on', /must be true or false/, 'export.include.stepLine'],
    ['export.fps', 25, /one of 24, 30, 60/, 'export.fps'],
    ['export.keyframes', [{ time: 99, camera: defaultSession().camera }], /duration/, 'export.keyframes[0].time'],
    ['camera.position', [0, 0], /list of 3 numbers/, 'camera.position'],
    ['inspected', [0, '1'], /finite number/, 'inspected[1]'],
    ['runs.0.extra', 1, /not a known field/, 'runs[0].extra'],
    ['timeline.iteration', 500, /<= the longest step budget \(100\)/, 'timeline.iteration'],
    ['runs.0.start', [1e7, 0], /<= 1000000/, 'runs[0].start[0]'],
    ['runs.0.start', [1], /list of 2 numbers/, 'runs[0].start'],
    ['runs.1.steps', 0, />= 1/, 'runs[1].steps'],
    ['runs.1.steps', 2.5, /whole number/, 'runs[1].steps'],
    ['function', undefined, /missing/, 'function'],
  ] as const)('%s = %j is refused', (where, value, message, path) => {
    const document = base();
    setIn(document, where, value);
    const error = expectClearError(parse(document), message);
    expect(error.path).toBe(path);
  });
});

describe('defaults for optional fields', () => {
  it('keeps the lr strip and the step-anatomy arrows as saved, and leaves them off in a file without them', () => {
    const document = base();
    const view = document.view as Record<string, unknown>;
    Object.assign(view, { lrStrip: true, gradientStep: true, newtonStep: true, momentumStep: true, lbfgsDirection: true });
    const kept = parse(document);
    expect(kept.ok && kept.value.view).toMatchObject({
      lrStrip: true,
      gradientStep: true,
      newtonStep: true,
      momentumStep: true,
      lbfgsDirection: true,
    });
    for (const key of ['lrStrip', 'gradientStep', 'newtonStep', 'momentumStep', 'lbfgsDirection']) delete view[key];
    const filled = parse(document);
    expect(filled.ok && filled.value.view).toMatchObject({
      lrStrip: false,
      gradientStep: false,
      newtonStep: false,
      momentumStep: false,
      lbfgsDirection: false,
    });
  });

  it('fills a minimal file from the defaults, with the preset domain and start', () => {
    const result = parseSessionText(
      '{"format": "curvature-session", "version": 1, "function": "himmelblau", "runs": [{"optimizer": "adam"}]}',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.domain).toEqual({ x: [-5, 5], y: [-5, 5] });
    expect(result.value.runs[0]).toMatchObject({
      id: 'run-1',
      optimizer: 'adam',
      visible: true,
      params: { lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8 },
    });
    expect(result.value.export).toMatchObject({ format: 'webm', width: 1920, height: 1080, fps: 30 });
  });

  it('gives a run without its own start or steps the shared ones (null)', () => {
    const result = parseSessionText('{"format": "curvature-session", "version": 2, "function": "booth", "runs": [{"optimizer": "gd"}]}');
    expect(result.ok && [result.value.runs[0]!.start, result.value.runs[0]!.steps]).toEqual([null, null]);
  });

  it("keeps a run's own start and budget, and lets the timeline reach the longest budget", () => {
    const result = parseSessionText(
      JSON.stringify({
        format: 'curvature-session',
        version: 3,
        function: 'booth',
        steps: 50,
        runs: [{ optimizer: 'gd' }, { optimizer: 'adam', start: [3, -4], steps: 400 }],
        timeline: { iteration: 300 },
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.runs[1]).toMatchObject({ start: [3, -4], steps: 400 });
    expect(result.value.timeline.iteration).toBe(300);
  });

  it('takes the middle of a given domain as the start of a typed function', () => {
    const result = parseSessionText(
      '{"format": "curvature-session", "version": 1, "function": "x^2 + y^2", "domain": {"x": [0, 4], "y": [-2, 0]}}',
    );
    expect(result.ok && result.value.start).toEqual([2, -1]);
  });

  it("fills only the missing hyperparameters of a run, its own optimizer's", () => {
    const result = parseSessionText(
      '{"format": "curvature-session", "version": 1, "function": "booth", "runs": [{"optimizer": "momentum", "params": {"momentum": 0.5}}]}',
    );
    expect(result.ok && result.value.runs[0]!.params).toEqual({ lr: 0.001, momentum: 0.5 });
  });
});

describe('the default session', () => {
  it('is Rosenbrock with gd, momentum and Newton from (−1.2, 1), exporting 1080p webm at 30 fps', () => {
    const document: SessionDocument = defaultSession();
    expect(document.function).toBe('rosenbrock');
    expect(document.start).toEqual([-1.2, 1]);
    expect(document.runs.map((run) => run.optimizer)).toEqual(['gd', 'momentum', 'newton']);
    expect(new Set(document.runs.map((run) => run.color)).size).toBe(3);
    expect(document.export).toMatchObject({ format: 'webm', width: 1920, height: 1080, fps: 30 });
  });

  it('is valid, and each call returns a fresh object', () => {
    expect(serializeSession(defaultSession()).ok).toBe(true);
    expect(defaultSession()).not.toBe(defaultSession());
    expect(defaultSession().runs).not.toBe(defaultSession().runs);
  });

  it('refuses to serialize a document that opening would refuse (NaN would become null)', () => {
    const broken = { ...defaultSession(), start: [Number.NaN, 1] as const };
    expectClearError(serializeSession(broken) as never, /start\[0\] must be a finite number/);
  });
});
