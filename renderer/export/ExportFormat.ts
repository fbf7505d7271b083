import type { ExportSettings } from '../../core/index.ts';

export type ExportFormat = ExportSettings['format'];
export type ExportQuality = ExportSettings['quality'];

export interface FormatInfo {
  readonly label: string;
  /** File name extension, without the dot. */
  readonly extension: string;
  readonly mimeType: string;
  /** Whether the output is an animation (a still is one frame). */
  readonly animated: boolean;
  /** Whether the background can be left transparent. */
  readonly alpha: boolean;
  /** Whether the Quality choice changes the file: only the lossy video codecs take a bitrate. */
  readonly quality: boolean;
}

/**
 * What each format is. Transparency: PNG keeps alpha; WebM (VP9) stores it as alpha side data;
 * H.264 in MP4 has no alpha; GIF only has 1-bit transparency, which turns the surface's
 * anti-aliased edges ragged, so it is not offered.
 */
export const FORMATS: Readonly<Record<ExportFormat, FormatInfo>> = {
  mp4: { label: 'MP4 (H.264)', extension: 'mp4', mimeType: 'video/mp4', animated: true, alpha: false, quality: true },
  webm: { label: 'WebM (VP9)', extension: 'webm', mimeType: 'video/webm', animated: true, alpha: true, quality: true },
  gif: { label: 'GIF', extension: 'gif', mimeType: 'image/gif', animated: true, alpha: false, quality: false },
  png: { label: 'PNG still', extension: 'png', mimeType: 'image/png', animated: false, alpha: true, quality: false },
  'png-sequence': {
    label: 'PNG sequence (.tar)',
    extension: 'tar',
    mimeType: 'application/x-tar',
    animated: true,
    alpha: true,
    quality: false,
  },
};

export const EXPORT_FORMATS = Object.keys(FORMATS) as ExportFormat[];
