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
 * Draws the frame now and counts pixels of the WebGL canvas (CSS-pixel region) near the given
 * #rrggbb colours. The canvas keeps its drawing buffer, so it can be read back.
 */
export function countColors(
  page: Page,
  colors: readonly string[],
  options: { tolerance?: number; region?: Region; background?: string } = {},
): Promise<ColorCount> {
  return page.evaluate(
    ({ colors, tolerance, region, background }) => {
      window.curvature!.renderNow();
      const source = document.querySelector<HTMLCanvasElement>('.viewport canvas.surface-view')!;
      const ratio = source.width / source.clientWidth;
      const r = region ?? { x: 0, y: 0, width: source.clientWidth, height: source.clientHeight };
      const sx = Math.max(0, Math.round(r.x * ratio));
      const sy = Math.max(0, Math.round(r.y * ratio));
      const sw = Math.max(1, Math.min(source.width - sx, Math.round(r.width * ratio)));
      const sh = Math.max(1, Math.min(source.height - sy, Math.round(r.height * ratio)));
      const copy = document.createElement('canvas');
      copy.width = sw;
      copy.height = sh;
      const context = copy.getContext('2d')!;
      context.drawImage(source, sx, sy, sw, sh, 0, 0, sw, sh);
      const data = context.getImageData(0, 0, sw, sh).data;
      const parse = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const targets = colors.map(parse);
      const back = parse(background);
      const matches = targets.map(() => 0);
      let notBackground = 0;
      for (let i = 0; i < data.length; i += 4) {
        const p = [data[i]!, data[i + 1]!, data[i + 2]!];
        targets.forEach((t, k) => {
          if (Math.abs(p[0]! - t[0]!) <= tolerance && Math.abs(p[1]! - t[1]!) <= tolerance && Math.abs(p[2]! - t[2]!) <= tolerance)
            matches[k]!++;
        });
        if (Math.abs(p[0]! - back[0]!) > tolerance || Math.abs(p[1]! - back[1]!) > tolerance || Math.abs(p[2]! - back[2]!) > tolerance)
          notBackground++;
      }
      return { total: data.length / 4, matches, notBackground };
    },
    { colors, tolerance: options.tolerance ?? 24, region: options.region ?? null, background: options.background ?? '#14161b' },
  );
}

/** A square of `size` CSS pixels centred on a point. */
export const around = (point: { x: number; y: number }, size: number): Region => ({
  x: point.x - size / 2,
  y: point.y - size / 2,
  width: size,
  height: size,
});

/** Draws the frame now and returns the canvas's RGBA bytes in a CSS-pixel region, for comparisons in the test. */
export function canvasPixels(page: Page, region: Region): Promise<number[]> {
  return page.evaluate((r) => {
    window.curvature!.renderNow();
    const source = document.querySelector<HTMLCanvasElement>('.viewport canvas.surface-view')!;
    const ratio = source.width / source.clientWidth;
    const [sx, sy] = [Math.max(0, Math.round(r.x * ratio)), Math.max(0, Math.round(r.y * ratio))];
    const sw = Math.max(1, Math.min(source.width - sx, Math.round(r.width * ratio)));
    const sh = Math.max(1, Math.min(source.height - sy, Math.round(r.height * ratio)));
    const copy = document.createElement('canvas');
    copy.width = sw;
    copy.height = sh;
    const context = copy.getContext('2d')!;
    context.drawImage(source, sx, sy, sw, sh, 0, 0, sw, sh);
    return Array.from(context.getImageData(0, 0, sw, sh).data);
  }, region);
}
