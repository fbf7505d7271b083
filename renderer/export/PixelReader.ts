import type { FrameCanvas } from './FrameSource.ts';

/**
 * Reads a frame's RGBA pixels (top row first, not premultiplied) from any canvas, WebGL or 2D,
 * through one reused 2D scratch canvas.
 */
export class PixelReader {
  private readonly canvas: OffscreenCanvas;
  private readonly context: OffscreenCanvasRenderingContext2D;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.canvas = new OffscreenCanvas(width, height);
    const context = this.canvas.getContext('2d', { willReadFrequently: true });
    if (context === null) throw new Error('A 2D canvas is not available for reading frames.');
    this.context = context;
  }

  read(source: FrameCanvas): Uint8ClampedArray {
    this.context.clearRect(0, 0, this.width, this.height);
    this.context.drawImage(source, 0, 0, this.width, this.height);
    return this.context.getImageData(0, 0, this.width, this.height).data;
  }
}
