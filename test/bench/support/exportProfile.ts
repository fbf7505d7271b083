// Profile and floors of an exported frame, loaded into the renderer page by the export benchmark.
// What each object of the export's scene costs the GPU: the frame drawn with a sync read, whole and
// with one object hidden at a time. The bare
// frame: three.js drawing the same surface mesh (the same grid of heights, one colour per vertex,
// no lights) at the same size, then waiting for the GPU with a one-pixel read, and nothing else:
// no paths, overlays, compositing or encoding. The encoder alone: the app's own video encoder fed
// frames of a plain 2D canvas, no WebGL at all.
import type { SessionDocument } from '../../../core/index.ts';
import type { ExportQuality } from '../../../renderer/export/ExportFormat.ts';
import { FrameRenderer } from '../../../renderer/scene/FrameRenderer.ts';
import { MediabunnyVideoEncoder } from '../../../renderer/export/MediabunnyVideoEncoder.ts';
import { MemorySink } from '../../../renderer/export/MemorySink.ts';
import { BufferAttribute, Mesh, MeshBasicMaterial, PerspectiveCamera, PlaneGeometry, Scene, WebGLRenderer } from 'three';

export interface BareFrameRequest {
  readonly width: number;
  readonly height: number;
  readonly resolution: number;
  /** resolution² heights, row-major, NaN for holes. */
  readonly heights: readonly (number | null)[];
  readonly frames: number;
}

/** Milliseconds per frame, the median of `frames` after a few warm-up frames. */
export function bareFrameMs(request: BareFrameRequest): number {
  const { width, height, resolution, heights, frames } = request;
  const canvas = document.createElement('canvas');
  const renderer = new WebGLRenderer({ canvas, antialias: true, alpha: true, preserveDrawingBuffer: true });
  renderer.setSize(width, height, false);
  const geometry = new PlaneGeometry(2, 2, resolution - 1, resolution - 1);
  const position = geometry.getAttribute('position') as BufferAttribute;
  const colors = new Float32Array(position.count * 3);
  const finite = heights.filter((h): h is number => h !== null && Number.isFinite(h));
  const low = Math.min(...finite);
  const span = Math.max(...finite) - low || 1;
  for (let i = 0; i < position.count; i++) {
    const t = ((heights[i] ?? low) - low) / span;
    position.setZ(i, t);
    colors.set([t, 0.4, 1 - t], 3 * i);
  }
  geometry.setAttribute('color', new BufferAttribute(colors, 3));
  const scene = new Scene();
  scene.add(new Mesh(geometry, new MeshBasicMaterial({ vertexColors: true })));
  const camera = new PerspectiveCamera(45, width / height, 0.1, 100);
  camera.position.set(2.5, -2.5, 2.5);
  camera.up.set(0, 0, 1);
  camera.lookAt(0, 0, 0.5);
  const gl = renderer.getContext();
  const pixel = new Uint8Array(4);
  const times: number[] = [];
  try {
    for (let i = 0; i < frames + 3; i++) {
      const start = performance.now();
      camera.position.x = 2.5 + 0.01 * i;
      camera.lookAt(0, 0, 0.5);
      renderer.render(scene, camera);
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      if (i >= 3) times.push(performance.now() - start);
    }
  } finally {
    geometry.dispose();
    renderer.dispose();
    renderer.forceContextLoss();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export interface EncoderOnlyRequest {
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly quality: ExportQuality;
  readonly frames: number;
}

/** Milliseconds per frame of the app's H.264 encoder alone, from the first frame to the finished file. */
export async function encoderOnlyMs(request: EncoderOnlyRequest): Promise<number> {
  const { width, height, fps, quality, frames } = request;
  const sink = new MemorySink();
  const encoder = await MediabunnyVideoEncoder.create({ container: 'mp4', width, height, fps, quality, transparent: false }, sink);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const start = performance.now();
  for (let i = 0; i < frames; i++) {
    context.fillStyle = `hsl(${(i * 7) % 360}, 50%, 50%)`;
    context.fillRect(0, 0, width, height);
    context.fillStyle = '#fff';
    context.fillRect((i * 13) % width, height / 3, width / 5, height / 3);
    await encoder.addFrame(canvas, i);
  }
  await encoder.finish();
  await sink.close();
  return (performance.now() - start) / frames;
}

/** The median of `rounds` timings of `work`, in milliseconds. */
function medianMs(rounds: number, work: (round: number) => void): number {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    work(round);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Milliseconds of GPU work per object of the document's scene at `iteration`: the whole frame,
 * then what hiding each top-level object saves (its name is its class: the surface, a run's path,
 * an overlay patch …).
 */
export async function sceneObjectCosts(request: {
  document: SessionDocument;
  iteration: number;
  width: number;
  height: number;
}): Promise<Record<string, number>> {
  const { document, iteration, width, height } = request;
  const frames = await FrameRenderer.load(document);
  const pixel = new Uint8Array(4);
  try {
    const canvas = frames.render(iteration, width, height);
    const gl = (canvas as HTMLCanvasElement).getContext('webgl2')!;
    const frameMs = () =>
      medianMs(7, (round) => {
        frames.render(iteration + round * 0.25, width, height);
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      });
    const whole = frameMs();
    const costs: Record<string, number> = { 'whole scene': whole };
    for (const object of frames.scene.scene.children) {
      if (!object.visible) continue;
      const name = object.constructor.name;
      object.visible = false;
      costs[name] = (costs[name] ?? 0) + Math.max(0, whole - frameMs());
      object.visible = true;
    }
    return costs;
  } finally {
    frames.dispose();
  }
}
