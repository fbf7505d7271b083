import type { ByteSink } from './ByteSink.ts';
import type { ExportPlan } from './exportPlan.ts';
import type { FrameEncoder } from './FrameEncoder.ts';
import { GifFrameEncoder } from './GifFrameEncoder.ts';
import { PngSequenceEncoder } from './PngSequenceEncoder.ts';
import { PngStillEncoder } from './PngStillEncoder.ts';

/** The encoder for a plan's format, writing to `sink`. */
export async function createEncoder(plan: ExportPlan, sink: ByteSink): Promise<FrameEncoder> {
  const { width, height, quality, transparent } = plan;
  const { fps, frameCount } = plan.schedule;
  switch (plan.format) {
    case 'mp4':
    case 'webm': {
      // The muxer is a fifth of the page's code: it loads with the first video export.
      const { MediabunnyVideoEncoder } = await import('./MediabunnyVideoEncoder.ts');
      return MediabunnyVideoEncoder.create({ container: plan.format, width, height, fps, quality, transparent }, sink);
    }
    case 'gif':
      return new GifFrameEncoder(width, height, fps, frameCount, sink);
    case 'png':
      return new PngStillEncoder(sink);
    case 'png-sequence':
      return new PngSequenceEncoder(frameCount, sink);
  }
}
