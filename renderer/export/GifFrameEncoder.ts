import { applyPalette, GIFEncoder, quantize } from 'gifenc';
import type { ByteSink } from './ByteSink.ts';
import type { FrameEncoder } from './FrameEncoder.ts';
import type { FrameCanvas } from './FrameSource.ts';
import { gifDelaysCs } from './gifDelays.ts';
import { PixelReader } from './PixelReader.ts';

/**
 * An animated GIF that loops forever. Each frame gets its own 256-colour palette (the paths and
 * overlays change colours over time) and a delay from gifDelaysCs, so the total is the duration.
 */
export class GifFrameEncoder implements FrameEncoder {
  private readonly gif = GIFEncoder();
  private readonly reader: PixelReader;
  private readonly delays: number[];
  private cancelled = false;

  constructor(
    private readonly width: number,
    private readonly height: number,
    fps: number,
    frameCount: number,
    private readonly sink: ByteSink,
  ) {
    this.reader = new PixelReader(width, height);
    this.delays = gifDelaysCs(frameCount, fps);
  }

  async addFrame(canvas: FrameCanvas, index: number): Promise<void> {
    if (this.cancelled) throw new Error('The GIF encoder was cancelled.');
    const rgba = this.reader.read(canvas);
    const palette = quantize(rgba, 256);
    const indexed = applyPalette(rgba, palette);
    this.gif.writeFrame(indexed, this.width, this.height, { palette, delay: 10 * this.delays[index]!, repeat: 0 });
  }

  async finish(): Promise<void> {
    this.gif.finish();
    await this.sink.write(this.gif.bytesView(), 0);
    this.gif.reset();
  }

  async cancel(): Promise<void> {
    this.cancelled = true;
    this.gif.reset();
  }
}
