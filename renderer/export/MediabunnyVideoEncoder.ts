import {
  canEncodeVideo,
  Mp4OutputFormat,
  Output,
  Quality,
  StreamTarget,
  VideoSample,
  VideoSampleSource,
  WebMOutputFormat,
  type StreamTargetChunk,
  type VideoCodec,
} from 'mediabunny';
import type { ByteSink } from './ByteSink.ts';
import type { FrameEncoder } from './FrameEncoder.ts';
import type { FrameCanvas } from './FrameSource.ts';
import type { ExportQuality } from './ExportFormat.ts';
import { videoBitrate } from './videoBitrate.ts';
import { timed } from './exportTimings.ts';

export interface VideoEncoderOptions {
  readonly container: 'mp4' | 'webm';
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly quality: ExportQuality;
  /** Keep the alpha channel (WebM only). */
  readonly transparent: boolean;
}

/** Muxed output reaches the sink in pieces of at most this size. */
const CHUNK_BYTES = 4 << 20;

/**
 * H.264 High profile: level 4.0 up to 1080p, 5.1 above (2560x1440, 3840x2160). The Baseline
 * profile string `avc1.42001f` fails at 1080p in Chromium's encoder.
 */
export function avcCodecString(width: number, height: number): string {
  return width * height <= 1920 * 1088 ? 'avc1.640028' : 'avc1.640033';
}

/**
 * MP4 (H.264) or WebM (VP9) through WebCodecs and mediabunny. Frame i is stamped at exactly i/fps
 * seconds and lasts 1/fps, so the file has exactly the frames it is given and the duration they
 * add up to. MP4 is written with its index first (fast start) so it plays while downloading.
 */
export class MediabunnyVideoEncoder implements FrameEncoder {
  private constructor(
    private readonly output: Output,
    private readonly source: VideoSampleSource,
    private readonly fps: number,
  ) {}

  static async create(options: VideoEncoderOptions, sink: ByteSink): Promise<MediabunnyVideoEncoder> {
    const { container, width, height, fps, quality, transparent } = options;
    const codec: VideoCodec = container === 'mp4' ? 'avc' : 'vp9';
    const bitrate = videoBitrate(width, height, fps, quality);
    const fullCodecString = codec === 'avc' ? avcCodecString(width, height) : undefined;
    if (
      !(await canEncodeVideo(codec, {
        width,
        height,
        bitrate: new Quality({ bitrate, bitrateMode: 'variable' }),
        ...(fullCodecString ? { fullCodecString } : {}),
      }))
    ) {
      throw new Error(`This browser cannot encode ${codec === 'avc' ? 'H.264' : 'VP9'} video at ${width}x${height}.`);
    }
    const writable = new WritableStream<StreamTargetChunk>({ write: (chunk) => sink.write(chunk.data, chunk.position) });
    const output = new Output({
      format: container === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
      target: new StreamTarget(writable, { chunked: true, chunkSize: CHUNK_BYTES }),
    });
    const source = new VideoSampleSource({
      codec,
      quality: new Quality({ bitrate, bitrateMode: 'variable' }),
      keyFrameInterval: 2,
      alpha: transparent && container === 'webm' ? 'keep' : 'discard',
      latencyMode: 'quality',
      ...(fullCodecString ? { fullCodecString } : {}),
    });
    output.addVideoTrack(source, { frameRate: fps });
    await output.start();
    return new MediabunnyVideoEncoder(output, source, fps);
  }

  async addFrame(canvas: FrameCanvas, index: number): Promise<void> {
    const sample = timed('capture', () => new VideoSample(canvas, { timestamp: index / this.fps, duration: 1 / this.fps }));
    try {
      await this.source.add(sample);
    } finally {
      sample.close();
    }
  }

  async finish(): Promise<void> {
    this.source.close();
    await this.output.finalize();
  }

  async cancel(): Promise<void> {
    if (this.output.state === 'canceled' || this.output.state === 'finalized') return;
    await this.output.cancel();
  }
}
