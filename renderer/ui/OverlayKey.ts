import { OVERLAY_STYLE, type OverlayName } from '../scene/overlayStyle.ts';
import { formatNumber } from '../scene/ticks.ts';
import { h } from './dom.ts';

/** What the overlays drawn now are, and where a log height scale clips them. */
export interface OverlayKeyState {
  readonly shown: readonly OverlayName[];
  readonly clipping: { readonly tangentPlane: number | null; readonly paraboloid: number | null };
  /** A note beside an overlay listed but not drawn here ("none here: H is not positive definite"). */
  readonly notes?: Partial<Record<OverlayName, string>>;
}

/** The key to the overlays over the view: a swatch and a name per overlay shown, and a note where one is clipped. */
export class OverlayKey {
  readonly element: HTMLUListElement;
  private shownText = '';

  constructor() {
    this.element = h('ul', { className: 'overlay-key', 'aria-label': 'Overlay key' });
    this.element.hidden = true;
  }

  /** Shows the key for `state`; `compact` where the view is narrow: short names and notes. */
  set(state: OverlayKeyState, compact = false): void {
    const text = JSON.stringify([state, compact]);
    if (text === this.shownText) return;
    this.shownText = text;
    this.element.hidden = state.shown.length === 0;
    this.element.replaceChildren(
      ...state.shown.map((name) => {
        const style = OVERLAY_STYLE[name];
        const swatch = h('span', { className: name === 'target' ? 'swatch ring' : 'swatch' });
        swatch.style.background = name === 'target' ? 'transparent' : style.color;
        swatch.style.borderColor = style.color;
        const note = keyNote(state, name, compact);
        return h(
          'li',
          {},
          swatch,
          h('span', { text: compact ? style.short : style.label, title: style.label }),
          note === '' ? null : h('span', { className: 'clip-note', text: note }),
        );
      }),
    );
  }
}

/** What the key lists in a layout: the contour view draws no model patches, so its key leaves them out. */
export function keyForLayout(state: OverlayKeyState, layout: '3d' | 'contour' | 'split'): OverlayKeyState {
  if (layout !== 'contour') return state;
  return { ...state, shown: state.shown.filter((name) => name !== 'tangentPlane' && name !== 'paraboloid') };
}

/** What the key says beside overlay `name`: where a log scale clips it (`compact`: briefly), or why it is not drawn here; '' for nothing. */
export function keyNote(state: OverlayKeyState, name: OverlayName, compact = false): string {
  const clippedBelow = name === 'tangentPlane' || name === 'paraboloid' ? state.clipping[name] : null;
  if (clippedBelow !== null) return compact ? shortClipNote(clippedBelow) : clipNote(clippedBelow);
  return state.notes?.[name] ?? '';
}

/** Says where a log height scale stops drawing a model (it has no room below the surface's lowest values). */
export const clipNote = (value: number): string => `clipped below f = ${formatNumber(value)} (log height)`;
/** The same, where the key has little room. */
export const shortClipNote = (value: number): string => `clipped below ${formatNumber(value)}`;
