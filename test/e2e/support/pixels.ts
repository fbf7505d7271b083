import type { Page } from 'playwright-core';

export interface Region {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ColorCount {
  readonly total: number;
  /** Pixels within `tolerance` (per channel) of each colour, in order. */
  readonly matches: number[];
  /** Pixels that differ from the background by more than `tolerance` in some channel. */
  readonly notBackground: number;
}

/**
 * Draws the frame now and counts pixels of the WebGL canvas (CSS-pixel region, or all of it) near
 * the given #rrggbb colours. The canvas keeps its drawing buffer, so it can be read back.
 */
export async function countColors(
  page: Page,
  colors: readonly string[],
  options: { tolerance?: number; region?: Region; background?: string } = {},
): Promise<ColorCount> {
  const tolerance = options.tolerance ?? 24;
  const data = await canvasPixels(page, options.region);
  const parse = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const targets = colors.map(parse);
  const back = parse(options.background ?? '#14161b');
  const near = (i: number, t: number[]) =>
    Math.abs(data[i]! - t[0]!) <= tolerance && Math.abs(data[i + 1]! - t[1]!) <= tolerance && Math.abs(data[i + 2]! - t[2]!) <= tolerance;
  const matches = targets.map(() => 0);
  let notBackground = 0;
  for (let i = 0; i < data.length; i += 4) {
    targets.forEach((t, k) => {
      if (near(i, t)) matches[k]!++;
    });
    if (!near(i, back)) notBackground++;
  }
  return { total: data.length / 4, matches, notBackground };
}

/** A square of `size` CSS pixels centred on a point. */
export const around = (point: { x: number; y: number }, size: number): Region => ({
  x: point.x - size / 2,
  y: point.y - size / 2,
  width: size,
  height: size,
});

/** Draws the frame now and returns the canvas's RGBA bytes in a CSS-pixel region (default: all of it). */
export async function canvasPixels(page: Page, region?: Region): Promise<Uint8Array> {
  const base64 = await page.evaluate((r) => {
    window.curvature!.renderNow();
    const source = document.querySelector<HTMLCanvasElement>('.viewport canvas.surface-view')!;
    const ratio = source.width / source.clientWidth;
    const area = r ?? { x: 0, y: 0, width: source.clientWidth, height: source.clientHeight };
    const [sx, sy] = [Math.max(0, Math.round(area.x * ratio)), Math.max(0, Math.round(area.y * ratio))];
    const sw = Math.max(1, Math.min(source.width - sx, Math.round(area.width * ratio)));
    const sh = Math.max(1, Math.min(source.height - sy, Math.round(area.height * ratio)));
    const copy = document.createElement('canvas');
    copy.width = sw;
    copy.height = sh;
    const context = copy.getContext('2d')!;
    context.drawImage(source, sx, sy, sw, sh, 0, 0, sw, sh);
    const bytes = context.getImageData(0, 0, sw, sh).data;
    // Base64 crosses to Node far faster than a list of millions of numbers.
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }, region ?? null);
  return new Uint8Array(Buffer.from(base64, 'base64'));
}
