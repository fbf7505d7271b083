import { h } from './dom.ts';

/** The smallest size a formula's typeset text is shrunk to, in CSS pixels, to stay on one line; past it, it wraps. */
const MIN_TYPESET_PX = 11;

/**
 * The function typeset by KaTeX over the view, from the TeX the math worker made of its tree. KaTeX
 * loads with the first formula, so the page's first paint does not wait for it.
 */
export class FormulaView {
  readonly element: HTMLElement;
  private shown: string | null = null;
  private fittedWidth = -1;

  constructor() {
    this.element = h('div', { className: 'formula-view', 'aria-label': 'Formula' });
    this.element.hidden = true;
    new ResizeObserver(() => {
      if (this.element.clientWidth !== this.fittedWidth) this.fit();
    }).observe(this.element);
    // KaTeX's fonts load when a formula first uses them, and change its width: it is fitted again.
    document.fonts.addEventListener('loadingdone', () => this.fit());
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
    this.fit();
  }

  /**
   * Shrinks a long formula (Beale's) towards its room on one line, down to MIN_TYPESET_PX, so it
   * keeps clear of the f axis's top labels; past that it wraps. KaTeX sets its text larger than
   * its container's (1.21em), hence the ratio of the two sizes.
   */
  private fit(): void {
    const typeset = this.element.querySelector<HTMLElement>('.katex');
    this.element.style.removeProperty('font-size');
    this.fittedWidth = this.element.clientWidth;
    if (typeset === null || this.fittedWidth === 0) return;
    typeset.style.whiteSpace = 'nowrap';
    typeset.style.maxWidth = 'none';
    const natural = typeset.getBoundingClientRect().width;
    typeset.style.removeProperty('white-space');
    typeset.style.removeProperty('max-width');
    if (natural <= this.fittedWidth) return;
    const size = parseFloat(getComputedStyle(this.element).fontSize);
    const typesetScale = parseFloat(getComputedStyle(typeset).fontSize) / size;
    const fitted = Math.floor(size * (this.fittedWidth / natural) * 10) / 10;
    this.element.style.fontSize = `${Math.max(MIN_TYPESET_PX / typesetScale, fitted)}px`;
  }
}
