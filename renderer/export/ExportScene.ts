import type { CameraState } from '../../core/index.ts';
import type { FrameCanvas } from './FrameSource.ts';

export interface SceneFrameRequest {
  /** Timeline position in iterations (fractional: part way along a step). */
  readonly iteration: number;
  readonly camera: CameraState;
  /** Size of the drawing buffer in pixels (device pixel ratio 1). */
  readonly width: number;
  readonly height: number;
  /** Leave the background clear (alpha 0) instead of filling it with the theme's colour. */
  readonly transparent: boolean;
}

/** One run as the legend and the loss chart show it. */
export interface RunSummary {
  readonly label: string;
  /** CSS colour. */
  readonly color: string;
  /** f at each iterate, from the start. */
  readonly losses: ArrayLike<number>;
}

/**
 * What export needs from the scene: a frame at an exact timeline position and camera, drawn
 * offscreen at any size, and what the overlays show. The scene owns all drawing of the surface.
 */
export interface ExportScene {
  renderFrame(request: SceneFrameRequest): Promise<FrameCanvas> | FrameCanvas;
  /** The last timeline position (the longest run's last iteration); 0 with no runs. */
  readonly lastIteration: number;
  /** The visible runs, in legend order. */
  runs(): readonly RunSummary[];
  /** The function as it should be printed, such as "(1 - x)^2 + 100 (y - x^2)^2". */
  formula(): string;
  /** Colours of the current theme, for overlay text and panels. */
  theme(): { readonly text: string; readonly background: string };
}
