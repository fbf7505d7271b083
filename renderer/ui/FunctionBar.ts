import {
  checkDomain,
  DATASET_PRESETS,
  findDatasetPreset,
  findPreset,
  fitDomain,
  PRESETS,
  type ExpressionError,
  type SessionDocument,
} from '../../core/index.ts';
import type { SceneSync } from '../app/SceneSync.ts';
import type { Store } from '../app/Store.ts';
import { h, numberField, readNumber, setQuietly } from './dom.ts';
import { historyCommand } from './keyboard.ts';
import type { FieldMessage } from './FieldMessage.ts';
import { startWarning } from './startWarning.ts';
import { SurfaceLayerMenu } from './SurfaceLayerMenu.ts';

/** The range fields in order: x from, x to, y from, y to. */
const RANGE_LABELS = ['x from', 'x to', 'y from', 'y to'] as const;
/** Typing pauses this long before the function is validated and drawn. */
export const FUNCTION_DEBOUNCE_MS = 250;

/**
 * The Function field with live validation (errors as text in a role="alert" element, the offending
 * range marked), the preset menu, and the x and y ranges.
 */
export class FunctionBar {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly mirror: HTMLDivElement;
  readonly alert: HTMLDivElement;
  private readonly presets: HTMLSelectElement;
  private readonly domainStatus: HTMLDivElement;
  private readonly startStatus: HTMLDivElement;
  private readonly coverageStatus: HTMLDivElement;
  private readonly ranges: HTMLInputElement[];
  private readonly rangeMessages: FieldMessage[];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: Store,
    private readonly sync: SceneSync,
    mac: boolean,
  ) {
    this.input = h('input', {
      id: 'function-input',
      type: 'text',
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-describedby': 'function-error',
      'aria-label': 'Function',
      'data-undo': 'document',
    }) as HTMLInputElement;
    this.mirror = h('div', { className: 'function-mirror', 'aria-hidden': 'true' });
    this.alert = h('div', { id: 'function-error', className: 'function-error', role: 'alert' });
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('scroll', () => (this.mirror.scrollLeft = this.input.scrollLeft));
    this.input.addEventListener('blur', () => store.seal());
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        clearTimeout(this.timer);
        // Enter ends the edit: typing on after it is another undo step.
        void this.apply().finally(() => store.seal());
      }
      const travel = historyCommand(event, mac);
      if (travel === null) return;
      // Each change of the function is an edit of the document, so undo here is the document's:
      // the field's own undo would type an older text anew (a preset's name then resets its budget).
      event.preventDefault();
      event.stopPropagation();
      void this.travel(travel);
    });
    this.input.addEventListener('beforeinput', (event) => {
      if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
      event.preventDefault();
      void this.travel(event.inputType === 'historyUndo' ? 'undo' : 'redo');
    });
    this.presets = h('select', { 'aria-label': 'Preset' }) as HTMLSelectElement;
    this.presets.append(h('option', { value: '', text: 'Custom function' }));
    const group = (label: string, presets: readonly { name: string; title: string; description: string }[]) =>
      h(
        'optgroup',
        { label },
        ...presets.map((preset) => h('option', { value: preset.name, text: preset.title, title: preset.description })),
      );
    this.presets.append(group('Test functions', PRESETS), group('Losses on data', DATASET_PRESETS));
    this.presets.addEventListener('change', () => {
      const name = this.presets.value;
      const preset = findPreset(name) ?? findDatasetPreset(name);
      if (preset === undefined) return;
      this.input.value = preset.name;
      store.seal();
      // A loss on data comes with its data set, whatever data the scene had.
      void sync.applyFunction(preset.name, { domain: preset.domain, start: preset.start, ownData: findDatasetPreset(name) !== undefined });
    });
    const document0 = store.document;
    const range = (axis: 'x' | 'y', end: 0 | 1) =>
      numberField(RANGE_LABELS[(axis === 'x' ? 0 : 2) + end]!, document0.domain[axis][end], () => this.commitDomain(), {
        id: `${axis}-${end === 0 ? 'min' : 'max'}`,
      });
    const fields = [range('x', 0), range('x', 1), range('y', 0), range('y', 1)];
    this.ranges = fields.map((field) => field.input);
    this.rangeMessages = fields.map((field) => field.message);
    this.domainStatus = h('div', { className: 'domain-status', role: 'status' });
    this.startStatus = h('div', { className: 'start-warning', role: 'status' });
    this.coverageStatus = h('div', { className: 'start-warning coverage-status', role: 'status' });
    const fit = h('button', {
      type: 'button',
      text: 'Fit to paths',
      title: 'Set the x and y ranges so that every path that did not diverge is in view',
      onclick: () => this.fitToPaths(),
    });
    const label = h('label', { for: 'function-input', className: 'function-label', text: 'f(x, y) =' });
    this.element = h(
      'section',
      { className: 'function-bar', 'aria-label': 'Surface definition' },
      h('div', { className: 'function-row' }, label, h('div', { className: 'function-box' }, this.mirror, this.input), this.presets),
      this.alert,
      h(
        'div',
        { className: 'domain-row' },
        ...fields.map((field) => field.wrapper),
        fit,
        new SurfaceLayerMenu(store).element,
        this.domainStatus,
        this.startStatus,
        this.coverageStatus,
      ),
    );
    sync.on('functionError', (error, text) => this.showError(error, text));
    store.subscribe((document, previous) => {
      if (document.function !== previous.function || document.domain !== previous.domain) this.show(document);
      if (document.domain !== previous.domain || document.start !== previous.start || document.runs !== previous.runs)
        showLine(this.startStatus, startWarning(document));
    });
    showLine(this.startStatus, startWarning(document0));
    this.show(document0);
  }

  /** Says how much of the surface shown cannot be drawn (nothing when all of it is). */
  showCoverage(note: string | null): void {
    showLine(this.coverageStatus, note ?? '');
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  /** Undo or redo in the document, after the text typed so far has become its own edit. */
  async travel(direction: 'undo' | 'redo'): Promise<void> {
    clearTimeout(this.timer);
    if (this.input.value !== this.store.document.function) await this.apply();
    if (direction === 'undo') this.store.undo();
    else this.store.redo();
    this.show(this.store.document, true);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.renderMirror(null);
    this.timer = setTimeout(() => void this.apply(), FUNCTION_DEBOUNCE_MS);
  }

  private async apply(): Promise<void> {
    const text = this.input.value;
    if (text === this.store.document.function) {
      this.showError(null, text);
      return;
    }
    await this.sync.applyFunction(text, { coalesce: 'function' });
  }

  private showError(error: ExpressionError | null, text: string): void {
    if (text !== this.input.value) return;
    showLine(this.alert, error === null ? '' : error.message);
    this.input.setAttribute('aria-invalid', String(error !== null));
    this.renderMirror(error);
  }

  /** Mirrors the text behind the transparent input, with the error range in a <mark>. */
  private renderMirror(error: ExpressionError | null): void {
    const text = this.input.value;
    this.mirror.replaceChildren();
    if (error === null) return;
    const start = Math.min(error.start, text.length);
    const end = Math.max(Math.min(error.end, text.length), start);
    const marked = h('mark', { text: end > start ? text.slice(start, end) : ' ' });
    this.mirror.append(document.createTextNode(text.slice(0, start)), marked, document.createTextNode(text.slice(end)));
    this.mirror.scrollLeft = this.input.scrollLeft;
  }

  /** Shows the document's function and ranges; the field keeps what is being typed in it unless `force`. */
  private show(doc: SessionDocument, force = false): void {
    if ((force || document.activeElement !== this.input) && this.input.value !== doc.function) {
      this.input.value = doc.function;
      this.showError(null, doc.function);
    }
    const name = doc.function.trim();
    // A data-set preset's name over a data set of the scene's own is that loss on other data: not the preset.
    this.presets.value = findPreset(name)?.name ?? (doc.data === null ? findDatasetPreset(name)?.name : undefined) ?? '';
    const values = [doc.domain.x[0], doc.domain.x[1], doc.domain.y[0], doc.domain.y[1]];
    this.ranges.forEach((input, index) => setQuietly(input, String(values[index])));
  }

  /** Fits the domain to every visible path that did not diverge (a diverged path runs off without end). */
  private fitToPaths(): void {
    const paths = this.sync.runs.flatMap((entry) =>
      entry.result.ok && entry.spec.visible && entry.result.stop !== 'diverged'
        ? [{ points: entry.result.points, count: entry.result.pointCount }]
        : [],
    );
    const domain = fitDomain(paths, this.store.document.domain);
    if (domain === null || checkDomain(domain) !== undefined) return;
    showLine(this.domainStatus, '');
    this.store.edit((d) => ({ ...d, domain }));
  }

  private commitDomain(): void {
    // A blank or unreadable end is said beside its own field and nothing is applied (never read as 0).
    const read = this.ranges.map((input, index) => readNumber(input, RANGE_LABELS[index]!));
    if (read.some((value) => typeof value === 'string')) {
      read.forEach((value, index) => this.rangeMessages[index]!.show(typeof value === 'string' ? value : null));
      return;
    }
    for (const message of this.rangeMessages) message.show(null);
    const [x0, x1, y0, y1] = read as [number, number, number, number];
    const domain = { x: [x0, x1] as const, y: [y0, y1] as const };
    const problem = checkDomain(domain);
    showLine(this.domainStatus, problem ?? '');
    if (problem !== undefined) return;
    this.store.edit((d) => ({ ...d, domain }));
  }
}

/** A one-line message: cut to its line where it is long (the layout never moves), whole in its tooltip and to screen readers. */
function showLine(element: HTMLElement, text: string): void {
  element.textContent = text;
  element.title = text;
}
