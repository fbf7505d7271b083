import type { TypesetFormula } from './typesetFormula.ts';

/** A typeset formula ready to draw on a canvas. */
export interface FormulaImage {
  readonly image: CanvasImageSource;
  /** Width over height. */
  readonly aspect: number;
}

/** Decodes a typeset formula's SVG into an image, `height` pixels high (drawn at any size after). */
export async function formulaImage(formula: TypesetFormula, height: number): Promise<FormulaImage> {
  const width = Math.ceil(height * formula.aspect);
  const sized = formula.svg.replace(/ width="[^"]*"/, ` width="${width}"`).replace(/ height="[^"]*"/, ` height="${height}"`);
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sized)}`;
  await image.decode();
  return { image, aspect: formula.aspect };
}
