import type { ExportQuality } from './ExportFormat.ts';

/**
 * Bits per pixel per frame for each quality. The scene is large smooth gradients with thin lines,
 * which compress well; 'high' keeps the path lines crisp at 1080p.
 */
export const BITS_PER_PIXEL: Readonly<Record<ExportQuality, number>> = { low: 0.04, medium: 0.08, high: 0.16 };

/** Target bitrate in bits per second for a video of this size, rate and quality (at least 200 kbit/s). */
export function videoBitrate(width: number, height: number, fps: number, quality: ExportQuality): number {
  return Math.max(200_000, Math.round(width * height * fps * BITS_PER_PIXEL[quality]));
}
