import { showSurfaceLayer, surfaceLayerKeys, type SessionDocument } from '../../core/index.ts';
import type { Store } from '../app/Store.ts';
import { h } from './dom.ts';

/**
 * The one menu that chooses which layer of an imported surface is drawn (train_loss, test_loss,
 * train_acc, min_eig …). It shows only when the surface has more than one; a choice is one undo step.
 */
export class SurfaceLayerMenu {
  readonly element: HTMLElement;
  private readonly select: HTMLSelectElement;
  private shownKeys = '';

  constructor(private readonly store: Store) {
    this.select = h('select', { 'aria-label': 'Layer', title: 'Which dataset of the surface file is drawn' }) as HTMLSelectElement;
    this.select.addEventListener('change', () => this.choose(this.select.value));
    this.element = h('label', { className: 'field layer-menu' }, h('span', { text: 'Layer' }), this.select);
    store.subscribe((document, previous) => {
      if (document.surface !== previous.surface) this.show(document);
    });
    this.show(store.document);
  }

  private choose(key: string): void {
    const next = showSurfaceLayer(this.store.document, key);
    // The menu lists only the scene's own layers, so a refusal means the scene moved on: show it as it is.
    if (!next.ok) this.show(this.store.document);
    else this.store.edit(() => next.value);
  }

  private show(document: SessionDocument): void {
    const keys = surfaceLayerKeys(document);
    this.element.hidden = keys.length < 2;
    const joined = keys.join('\u0000');
    if (joined !== this.shownKeys) {
      this.shownKeys = joined;
      this.select.replaceChildren(...keys.map((key) => h('option', { value: key, text: key })));
    }
    if (document.surface !== null) this.select.value = document.surface.key;
  }
}
