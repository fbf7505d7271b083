/** A canvas holding one finished frame (scene and overlays), valid until the next frame is drawn. */
export type FrameCanvas = HTMLCanvasElement | OffscreenCanvas;

/**
 * What an encoder pulls frames from: a fixed size and number of frames, each drawn on demand at
 * its exact time (never captured from the screen).
 */
export interface FrameSource {
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly frameCount: number;
  renderFrame(index: number): Promise<FrameCanvas> | FrameCanvas;
}
