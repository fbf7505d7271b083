import { findPreset } from '../presets/presets.ts';
import { paletteColor } from './runDefaults.ts';
import {
  SESSION_FORMAT,
  SESSION_VERSION,
  type CameraState,
  type ExportSettings,
  type RunSpec,
  type SessionDocument,
  type ViewToggles,
} from './SessionDocument.ts';
import { OVERLAY_FLAG_DEFAULTS } from './overlayFlags.ts';
import { defaultHyperparameters } from '../optimizers/checkHyperparameters.ts';
import type { OptimizerName } from '../optimizers/registry.ts';

export const DEFAULT_CAMERA: CameraState = { position: [2.2, -3.1, 2.3], target: [0, 0, 0.2], fov: 40 };

export const DEFAULT_VIEW: ViewToggles = {
  ...OVERLAY_FLAG_DEFAULTS,
  contours: true,
  axes: true,
  legend: true,
  lossChart: true,
  lossQuantity: 'gap',
  lossScale: 'log',
  lrStrip: false,
  layout: '3d',
  theme: 'dark',
};

export const DEFAULT_EXPORT: ExportSettings = {
  format: 'webm',
  width: 1920,
  height: 1080,
  fps: 30,
  duration: 10,
  quality: 'high',
  transparent: false,
  include: { legend: true, formula: true, title: false, lossChart: false, fit: false, stepLine: false },
  title: '',
  cameraMove: 'still',
  keyframes: [],
};

export const DEFAULT_TIMELINE: SessionDocument['timeline'] = { iteration: 0, speed: 8, loop: true };
export const DEFAULT_STEPS = 100;
export const DEFAULT_RESOLUTION = 256;

export function defaultRun(index: number, optimizer: OptimizerName): RunSpec {
  return {
    id: `run-${index + 1}`,
    optimizer,
    params: defaultHyperparameters(optimizer),
    color: paletteColor(index),
    visible: true,
    start: null,
    steps: null,
    schedule: null,
    batch: null,
  };
}

/**
 * The scene the app opens on: Rosenbrock's valley, gradient descent, momentum and Newton from
 * (−1.2, 1). The overlays follow momentum, which moves for the whole run (Newton settles at
 * iterate 7, and its overlays would stand still from then on).
 */
export function defaultSession(): SessionDocument {
  const rosenbrock = findPreset('rosenbrock');
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    function: 'rosenbrock',
    domain: rosenbrock ? { x: [...rosenbrock.domain.x], y: [...rosenbrock.domain.y] } : { x: [-2, 2], y: [-1, 3] },
    heightScale: 'log',
    resolution: DEFAULT_RESOLUTION,
    view: { ...DEFAULT_VIEW },
    start: [-1.2, 1],
    steps: DEFAULT_STEPS,
    runs: [defaultRun(0, 'gd'), defaultRun(1, 'momentum'), defaultRun(2, 'newton')],
    inspected: null,
    selectedRun: 1,
    camera: { ...DEFAULT_CAMERA },
    timeline: { ...DEFAULT_TIMELINE },
    export: { ...DEFAULT_EXPORT, include: { ...DEFAULT_EXPORT.include } },
    data: null,
    surface: null,
    trajectories: [],
  };
}
