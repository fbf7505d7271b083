/** The least contrast a run's colour keeps against the flat background it is drawn on. */
export const MIN_RUN_CONTRAST = 2.5;

const channels = (hex: string): [number, number, number] =>
  [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

const toHex = (rgb: readonly number[]): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: readonly number[]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

const contrast = (a: number, b: number): number => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/**
 * A run's colour (#rrggbb) as drawn on a flat `background` (legends, loss charts): unchanged when it
 * stands out, else mixed towards black on a light background or white on a dark one, just enough
 * to reach MIN_RUN_CONTRAST. A white run stays white on the dark theme and turns grey on the light one.
 */
export function readableOn(color: string, background: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(color) || !/^#[0-9a-f]{6}$/i.test(background)) return color;
  const rgb = channels(color);
  const backgroundLuminance = luminance(channels(background));
  if (contrast(luminance(rgb), backgroundLuminance) >= MIN_RUN_CONTRAST) return color;
  const toward = backgroundLuminance > 0.18 ? 0 : 255;
  for (let step = 1; step <= 20; step++) {
    const mixed = rgb.map((c) => c + ((toward - c) * step) / 20);
    if (contrast(luminance(mixed), backgroundLuminance) >= MIN_RUN_CONTRAST) return toHex(mixed);
  }
  return toHex([toward, toward, toward]);
}
