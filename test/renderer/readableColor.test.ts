import { describe, expect, it } from 'vitest';
import { RUN_PALETTE } from '../../core/index.ts';
import { MIN_RUN_CONTRAST, readableOn } from '../../renderer/scene/readableColor.ts';
import { THEMES } from '../../renderer/scene/themes.ts';

/** WCAG contrast ratio, computed here independently of the module. */
function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b2] = [1, 3, 5].map((i) => {
      const s = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b2!;
  };
  const [x, y] = [lum(a), lum(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

describe('run colours on flat backgrounds', () => {
  it('every palette colour stands out on both themes and on white', () => {
    for (const background of [THEMES.dark.background, THEMES.light.background, '#ffffff'])
      for (const color of RUN_PALETTE)
        expect(contrastRatio(readableOn(color, background), background), `${color} on ${background}`).toBeGreaterThanOrEqual(
          MIN_RUN_CONTRAST,
        );
  });

  it('keeps colours that already stand out, and darkens a white run on the light theme only', () => {
    expect(readableOn('#ff4d4d', THEMES.dark.background)).toBe('#ff4d4d');
    expect(readableOn('#3ec1ff', THEMES.dark.background)).toBe('#3ec1ff');
    expect(readableOn('#f5f5f5', THEMES.dark.background)).toBe('#f5f5f5');
    const onLight = readableOn('#f5f5f5', THEMES.light.background);
    expect(onLight).not.toBe('#f5f5f5');
    // Still a grey: the hue is kept, only the lightness moves.
    expect(new Set([onLight.slice(1, 3), onLight.slice(3, 5), onLight.slice(5, 7)]).size).toBe(1);
    expect(readableOn('#111111', THEMES.dark.background)).not.toBe('#111111');
  });

  it('leaves anything that is not #rrggbb as it is', () => {
    expect(readableOn('red', '#ffffff')).toBe('red');
  });
});
