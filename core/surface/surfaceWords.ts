/**
 * How a surface layer is named, in the function field and the legend ("train_loss of wide.h5").
 * Kept apart from the readers, so the page can name a layer without bundling them.
 */
export const surfaceLabel = (key: string, name: string): string => `${key} of ${name}`;

/** The sentence that says what a surface layer is and where its derivatives come from. */
export const interpolantDescription = (key: string, name: string, nx: number, ny: number, holes: string): string =>
  `${key} of ${name}: exact derivatives of the bicubic interpolant of its ${nx} × ${ny} grid, ${holes}.`;
