import { h } from './dom.ts';

/**
 * The function typeset by KaTeX over the view, from the TeX the math worker made of its tree. KaTeX
 * loads with the first formula, so the page's first paint does not wait for it.
 */
export class FormulaView {
  readonly element: HTMLElement;
  private shown: string | null = null;

  constructor() {
    this.element = h('div', { className: 'formula-view', 'aria-label': 'Formula' });
    this.element.hidden = true;
  }

  async set(tex: string | null): Promise<void> {
    if (tex === this.shown) return;
    this.shown = tex;
    if (tex === null) {
      this.element.hidden = true;
      return;
    }
    const [{ default: katex }] = await Promise.all([import('katex'), import('katex/dist/katex.min.css')]);
    if (tex !== this.shown) return;
    katex.render(`f(x, y) = ${tex}`, this.element, { throwOnError: false, output: 'html' });
    this.element.hidden = false;
  }
}
