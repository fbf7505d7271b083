import type { ByteSink } from './ByteSink.ts';
import type { FrameEncoder } from './FrameEncoder.ts';
import type { FrameCanvas } from './FrameSource.ts';
import { encodePng } from './encodePng.ts';

/** One PNG image: the single frame it is given. */
export class PngStillEncoder implements FrameEncoder {
  private png: Uint8Array | null = null;

  constructor(private readonly sink: ByteSink) {}

  async addFrame(canvas: FrameCanvas, index: number): Promise<void> {
    if (index !== 0) throw new RangeError('A PNG still has exactly one frame.');
    this.png = await encodePng(canvas);
  }

  async finish(): Promise<void> {
    if (this.png === null) throw new Error('No frame was drawn for the PNG still.');
    await this.sink.write(this.png, 0);
  }

  async cancel(): Promise<void> {
    this.png = null;
  }
}
