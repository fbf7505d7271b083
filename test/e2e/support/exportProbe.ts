import { execFileSync } from 'node:child_process';

export interface ProbedVideo {
  readonly codec: string;
  readonly width: number;
  readonly height: number;
  /** Frames counted by decoding every one (not the container's claim). */
  readonly frames: number;
  readonly duration: number;
  readonly pixelFormat: string;
}

/** Decodes a video or GIF with ffprobe and reports what a player would see. */
export function probeVideo(path: string): ProbedVideo {
  const json = execFileSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-count_frames',
      '-select_streams',
      'v:0',
      '-show_entries',
      'stream=codec_name,width,height,nb_read_frames,pix_fmt:format=duration',
      '-of',
      'json',
      path,
    ],
    { encoding: 'utf8' },
  );
  const parsed = JSON.parse(json) as {
    streams: { codec_name: string; width: number; height: number; nb_read_frames: string; pix_fmt: string }[];
    format: { duration: string };
  };
  const stream = parsed.streams[0]!;
  return {
    codec: stream.codec_name,
    width: stream.width,
    height: stream.height,
    frames: Number(stream.nb_read_frames),
    duration: Number(parsed.format.duration),
    pixelFormat: stream.pix_fmt,
  };
}

/** Decodes an image (or a video's first frame) to RGBA bytes, top row first. */
export function decodeRgba(path: string): Uint8Array {
  return new Uint8Array(
    execFileSync('ffmpeg', ['-v', 'error', '-i', path, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgba', '-'], {
      maxBuffer: 512 << 20,
    }),
  );
}

/** Decodes one frame of a video to a PNG file (to look at). */
export function extractFrame(video: string, index: number, png: string): void {
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', video, '-vf', `select=eq(n\\,${index})`, '-vsync', '0', '-frames:v', '1', png]);
}

/** Decodes frame `index` of a VP9 WebM with libvpx, which reads the alpha channel mediabunny stores beside the colour. */
export function decodeVp9RgbaWithAlpha(path: string, index = 0): Uint8Array {
  return new Uint8Array(
    execFileSync(
      'ffmpeg',
      [
        '-v',
        'error',
        '-c:v',
        'libvpx-vp9',
        '-i',
        path,
        '-vf',
        `select=eq(n\\,${index})`,
        '-vsync',
        '0',
        '-frames:v',
        '1',
        '-f',
        'rawvideo',
        '-pix_fmt',
        'rgba',
        '-',
      ],
      { maxBuffer: 512 << 20 },
    ),
  );
}
