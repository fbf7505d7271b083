/**
 * Run colours that read on both themes; a run without a colour takes the next one. None comes near
 * the overlays' colours or the trajectory files' light colour (test/renderer/overlayStyle.test.ts),
 * so a run is never taken for either.
 */
export const RUN_PALETTE = ['#ff4d4d', '#ff9f1c', '#3ec1ff', '#b5835a', '#ff66d9', '#9cff57', '#c084fc', '#ffd166'] as const;

export const paletteColor = (index: number): string => RUN_PALETTE[index % RUN_PALETTE.length]!;
