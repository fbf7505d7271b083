import type { SessionDocument, ViewToggles } from '../../core/index.ts';
import type { Store } from '../app/Store.ts';
import { overlayToggles } from '../scene/overlays/registry.ts';
import { checkbox, h } from './dom.ts';

export const RESOLUTIONS = [64, 128, 256, 512, 1024] as const;

type Flag = Exclude<keyof ViewToggles, 'layout' | 'theme' | 'lossScale' | 'lossQuantity'>;
const OVERLAY_TOGGLES = overlayToggles();
const FLAGS: readonly (readonly [Flag, string])[] = [
  ...OVERLAY_TOGGLES.map(({ toggle, label }) => [toggle, label] as const),
  ['contours', 'Contour lines'],
  ['axes', 'Axes'],
  ['legend', 'Legends'],
  ['lossChart', 'Loss chart'],
];

/** Overlay toggles, layout (3D, contour, split), resolution, height scale and theme. */
export class ViewPanel {
  readonly element: HTMLElement;
  private readonly flags = new Map<Flag, HTMLInputElement>();
  private readonly layout: HTMLSelectElement;
  private readonly resolution: HTMLSelectElement;
  private readonly logScale: HTMLInputElement;
  private readonly theme: HTMLSelectElement;

  constructor(private readonly store: Store) {
    const doc = store.document;
    const toggles = FLAGS.map(([flag, label]) => {
      const box = checkbox(label, doc.view[flag], (checked) => this.setView({ [flag]: checked }));
      this.flags.set(flag, box.input);
      // The overlay's key: the colours it is drawn in.
      for (const key of OVERLAY_TOGGLES.find(({ toggle }) => toggle === flag)?.keys ?? []) {
        const swatch = h('span', { className: 'swatch', title: key.label, 'aria-hidden': 'true' });
        swatch.style.background = key.color;
        box.wrapper.append(swatch);
      }
      return box.wrapper;
    });
    this.layout = select(
      'View',
      [
        ['3d', '3D'],
        ['contour', 'Contour (top-down)'],
        ['split', 'Split: 3D and contour'],
      ],
      doc.view.layout,
      (value) => this.setView({ layout: value as ViewToggles['layout'] }),
    );
    this.resolution = select(
      'Resolution',
      RESOLUTIONS.map((n) => [String(n), `${n} × ${n}`]),
      String(doc.resolution),
      (value) => store.edit((d) => ({ ...d, resolution: Number(value) })),
    );
    const log = checkbox('Log height scale', doc.heightScale === 'log', (checked) =>
      store.edit((d) => ({ ...d, heightScale: checked ? 'log' : 'linear' })),
    );
    this.logScale = log.input;
    this.theme = select(
      'Theme',
      [
        ['dark', 'Dark'],
        ['light', 'Light'],
      ],
      doc.view.theme,
      (value) => this.setView({ theme: value as ViewToggles['theme'] }),
    );
    this.element = h(
      'section',
      { className: 'panel view-panel', 'aria-label': 'View' },
      h('h2', { text: 'View' }),
      h('fieldset', {}, h('legend', { text: 'Overlays' }), ...toggles),
      labelled('View', this.layout),
      labelled('Resolution', this.resolution),
      log.wrapper,
      labelled('Theme', this.theme),
    );
    store.subscribe((d, previous) => {
      if (d.view !== previous.view || d.resolution !== previous.resolution || d.heightScale !== previous.heightScale) this.show(d);
    });
  }

  private setView(change: Partial<ViewToggles>): void {
    this.store.edit((d) => ({ ...d, view: { ...d.view, ...change } }));
  }

  private show(d: SessionDocument): void {
    for (const [flag, input] of this.flags) input.checked = d.view[flag];
    this.layout.value = d.view.layout;
    this.resolution.value = String(d.resolution);
    this.logScale.checked = d.heightScale === 'log';
    this.theme.value = d.view.theme;
  }
}

function select(
  label: string,
  options: readonly (readonly [string, string])[],
  value: string,
  onChange: (value: string) => void,
): HTMLSelectElement {
  const element = h('select', { 'aria-label': label }) as HTMLSelectElement;
  for (const [optionValue, text] of options) element.append(h('option', { value: optionValue, text }));
  element.value = value;
  element.addEventListener('change', () => onChange(element.value));
  return element;
}

const labelled = (label: string, control: HTMLElement): HTMLLabelElement =>
  h('label', { className: 'field' }, h('span', { text: label }), control);
