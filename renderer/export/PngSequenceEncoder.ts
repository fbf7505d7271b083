import type { ByteSink } from './ByteSink.ts';
import type { FrameEncoder } from './FrameEncoder.ts';
import type { FrameCanvas } from './FrameSource.ts';
import { encodePng } from './encodePng.ts';
import { TarWriter } from './tarArchive.ts';

/** The name of frame `index` inside a sequence of `frameCount` frames: frame-00000.png, … */
export function sequenceFrameName(index: number, frameCount: number): string {
  const digits = Math.max(5, String(frameCount - 1).length);
  return `frame-${String(index).padStart(digits, '0')}.png`;
}

/** Every frame as a PNG file, streamed into one uncompressed tar archive (one download, one file). */
export class PngSequenceEncoder implements FrameEncoder {
  private readonly tar: TarWriter;
  private cancelled = false;

  constructor(
    private readonly frameCount: number,
    sink: ByteSink,
    /** Modification time stamped on the files, seconds since 1970 (fixed, so equal sessions give equal archives). */
    mtime = 0,
  ) {
    this.tar = new TarWriter((data, position) => sink.write(data, position), mtime);
  }

  async addFrame(canvas: FrameCanvas, index: number): Promise<void> {
    if (this.cancelled) throw new Error('The PNG sequence was cancelled.');
    await this.tar.addFile(sequenceFrameName(index, this.frameCount), await encodePng(canvas));
  }

  async finish(): Promise<void> {
    await this.tar.end();
  }

  async cancel(): Promise<void> {
    this.cancelled = true;
  }
}
