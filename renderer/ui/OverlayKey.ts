import type { KeyLine } from '../scene/overlays/Overlay.ts';
import { h } from './dom.ts';

/** The key to the overlays over the view: a swatch and a name per overlay line shown, with its note. */
export class OverlayKey {
  readonly element: HTMLUListElement;
  private shownText = '';

  constructor() {
    this.element = h('ul', { className: 'overlay-key', 'aria-label': 'Overlay key' });
    this.element.hidden = true;
  }

  /** Shows the key for `lines`; `compact` where the view is narrow: short names and notes. */
  set(lines: readonly KeyLine[], compact = false): void {
    const text = JSON.stringify([lines, compact]);
    if (text === this.shownText) return;
    this.shownText = text;
    this.element.hidden = lines.length === 0;
    this.element.replaceChildren(
      ...lines.map((line) => {
        const swatch = h('span', { className: line.swatch === 'ring' ? 'swatch ring' : 'swatch' });
        swatch.style.background = line.swatch === 'ring' ? 'transparent' : line.color;
        swatch.style.borderColor = line.color;
        const note = compact ? line.shortNote : line.note;
        return h(
          'li',
          {},
          swatch,
          h('span', { text: compact ? line.short : line.label, title: line.label }),
          note === '' ? null : h('span', { className: 'clip-note', text: note }),
        );
      }),
    );
  }
}

/** What the key lists in a layout: the contour view draws no model patches, so its key leaves them out. */
export const keyForLayout = (lines: readonly KeyLine[], layout: '3d' | 'contour' | 'split'): readonly KeyLine[] =>
  layout === 'contour' ? lines.filter((line) => !line.only3d) : lines;
