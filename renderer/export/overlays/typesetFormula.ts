import { mathjax } from '@mathjax/src/mjs/mathjax.js';
import { TeX } from '@mathjax/src/mjs/input/tex.js';
import { SVG } from '@mathjax/src/mjs/output/svg.js';
import { liteAdaptor } from '@mathjax/src/mjs/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from '@mathjax/src/mjs/handlers/html.js';
import '@mathjax/src/mjs/input/tex/base/BaseConfiguration.js';
import { MathJaxNewcmFont } from '@mathjax/mathjax-newcm-font/mjs/svg.js';

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
/** Paths, not text: the SVG draws its glyphs itself, so it needs no font and no foreignObject (which would taint a canvas). */
const page = mathjax.document('', {
  InputJax: new TeX({ packages: ['base'] }),
  OutputJax: new SVG({ fontCache: 'local', fontData: MathJaxNewcmFont }),
});

/** A typeset formula as a standalone SVG document, and its width over its height. */
export interface TypesetFormula {
  readonly svg: string;
  readonly aspect: number;
}

/** "f(x, y) = …" typeset by MathJax as SVG in `color`, for drawing onto a frame's canvas as an image. */
export function typesetFormula(tex: string, color: string): TypesetFormula {
  // Display style: one SVG for the whole formula (inline math may be broken into several at its breakpoints).
  const node = page.convert(`f(x, y) = ${tex}`, { display: true });
  page.clear();
  const svg = adaptor.outerHTML(adaptor.firstChild(node) as ReturnType<typeof adaptor.body>);
  const viewBox = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg);
  const aspect = viewBox === null ? 8 : Number(viewBox[3]) / Number(viewBox[4]);
  // currentColor in MathJax's output takes the root's colour; an image has no CSS around it to inherit.
  return { svg: svg.replace('<svg ', `<svg color="${color}" `).replaceAll('currentColor', color), aspect };
}
