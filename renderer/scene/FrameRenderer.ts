import type { CameraState, SessionDocument } from '../../core/index.ts';
import { SceneSync, type SurfaceInfo, type TrajectoryInfo } from '../app/SceneSync.ts';
import { Store } from '../app/Store.ts';
import { MathClient } from '../compute/MathClient.ts';
import type { RunResult } from '../compute/protocol.ts';
import { FrameTarget } from './FrameTarget.ts';
import { SceneRenderer, type Layout } from './SceneRenderer.ts';

/**
 * Renders frames of a session document at exact timeline positions, at any size, independent of
 * the window: the entry point for video export and scripted rendering. Loading goes the window's
 * way (SceneSync, on a store of its own and its own math worker), once; each frame only moves the
 * timeline and draws.
 */
export class FrameRenderer {
  private target: FrameTarget | null = null;

  private constructor(
    readonly scene: SceneRenderer,
    readonly document: SessionDocument,
    /** The document's runs as computed for the scene, in document order. */
    readonly runResults: readonly RunResult[],
    /** The surface as computed for the scene. */
    readonly surface: SurfaceInfo | null,
    /** The trajectory files drawn over the surface. */
    readonly trajectories: readonly TrajectoryInfo[],
  ) {}

  /** `client`: a MathClient of its own (requests on a shared one would replace the window's). */
  static async load(document: SessionDocument, client: MathClient = MathClient.start()): Promise<FrameRenderer> {
    const scene = new SceneRenderer();
    const sync = new SceneSync(new Store(document), client, scene);
    let failure: string | null = null;
    sync.on('functionError', (error) => {
      if (error !== null) failure = error.message;
    });
    await sync.whenIdle();
    if (failure !== null) {
      scene.dispose();
      throw new Error(`The session's function does not compile: ${failure}`);
    }
    return new FrameRenderer(
      scene,
      document,
      sync.runs.map((entry) => entry.result),
      sync.surface,
      sync.trajectories,
    );
  }

  /** The last iteration of the longest run: positions go from 0 to this. */
  get lastIteration(): number {
    return Math.max(0, this.scene.longestRun - 1);
  }

  /**
   * Draws the frame at `iteration` (fractional allowed) with `camera` (default: the document's)
   * into a canvas of width × height pixels, which is returned (the same canvas on every call);
   * `transparent` leaves the background clear.
   */
  render(
    iteration: number,
    width: number,
    height: number,
    camera: CameraState = this.document.camera,
    layout: Layout = this.document.view.layout,
    transparent: boolean = this.document.export.transparent,
  ): HTMLCanvasElement | OffscreenCanvas {
    // An alpha channel always, so one target serves opaque and transparent frames alike.
    if (this.target === null) this.target = new FrameTarget({ preserveDrawingBuffer: true, alpha: true });
    this.target.setSize(width, height, 1);
    this.scene.setTime(Math.min(Math.max(iteration, 0), this.lastIteration));
    this.scene.render(this.target, camera, layout, transparent);
    return this.target.canvas;
  }

  dispose(): void {
    this.target?.dispose();
    this.scene.dispose();
  }
}

/** One frame of a document, as a canvas: for a single picture. For many frames, keep a FrameRenderer. */
export async function renderFrame(
  document: SessionDocument,
  iteration: number,
  camera: CameraState,
  width: number,
  height: number,
): Promise<HTMLCanvasElement | OffscreenCanvas> {
  const client = MathClient.start();
  try {
    const frames = await FrameRenderer.load(document, client);
    const canvas = frames.render(iteration, width, height, camera);
    frames.scene.dispose();
    return canvas;
  } finally {
    client.dispose();
  }
}
