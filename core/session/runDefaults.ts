/**
 * Run colours that read on both themes; a run without a colour takes the next one. None comes near
 * the overlays' colours or the trajectory files' light colour (test/renderer/overlayStyle.test.ts),
 * so a run is never taken for either. The first five (the default scene's three and the next two
 * added) are the farthest apart, so the runs most often compared never share a hue family; brown
 * and yellow, nearest orange, come last.
 */
export const RUN_PALETTE = ['#ff4d4d', '#ff9f1c', '#3ec1ff', '#9cff57', '#c084fc', '#ff66d9', '#b5835a', '#ffd166'] as const;

export const paletteColor = (index: number): string => RUN_PALETTE[index % RUN_PALETTE.length]!;
