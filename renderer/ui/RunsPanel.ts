import type { Hyperparameter, HyperparameterValue, OptimizerName, RunSpec, SessionDocument } from '../../core/index.ts';
import {
  checkHyperparameter,
  defaultRun,
  MAX_RUNS,
  MAX_STEPS,
  OPTIMIZER_NAMES,
  OPTIMIZERS,
  presetHyperparameters,
  RUN_PALETTE,
} from '../../core/index.ts';

/** Runs the window adds: one per colour of the palette, so no two runs look alike (a session may hold more). */
const WINDOW_RUNS = Math.min(MAX_RUNS, RUN_PALETTE.length);
import type { SceneSync } from '../app/SceneSync.ts';
import type { Store } from '../app/Store.ts';
import type { RunEntry } from '../scene/SceneRenderer.ts';
import { coordinateProblem, stepsProblem } from './fieldChecks.ts';
import { h, numberField, optionalNumberField, setQuietly } from './dom.ts';
import { ScheduleField } from './ScheduleField.ts';
import { stopLabel } from './stopLabel.ts';
import { batchFields, refreshBatchFields } from './batchFields.ts';

/** Typed budgets become whole numbers of steps within what the panel offers. */
/**
 * Add, remove and edit runs (optimizer, hyperparameters, colour, visibility, which one the
 * overlays follow), the shared start point and step budget, and a run's own start or budget
 * where it should differ.
 */
export class RunsPanel {
  readonly element: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly startX: HTMLInputElement;
  private readonly startY: HTMLInputElement;
  private readonly steps: HTMLInputElement;
  private readonly addButton: HTMLButtonElement;
  private structure = '';
  /** Each run's schedule field, by position in the list shown. */
  private schedules: ScheduleField[] = [];

  constructor(
    private readonly store: Store,
    private readonly sync: SceneSync,
  ) {
    const doc = store.document;
    const sx = numberField('Start x', doc.start[0], (x) => store.edit((d) => ({ ...d, start: [x, d.start[1]] })), {
      id: 'start-x',
      check: coordinateProblem('Start x'),
    });
    const sy = numberField('Start y', doc.start[1], (y) => store.edit((d) => ({ ...d, start: [d.start[0], y] })), {
      id: 'start-y',
      check: coordinateProblem('Start y'),
    });
    const steps = numberField('Steps', doc.steps, (n) => store.edit((d) => ({ ...d, steps: n })), {
      id: 'steps',
      step: '1',
      min: 1,
      max: MAX_STEPS,
      check: stepsProblem,
    });
    this.startX = sx.input;
    this.startY = sy.input;
    this.steps = steps.input;
    this.list = h('ol', { className: 'run-list' });
    this.addButton = h('button', { type: 'button', text: 'Add run', onclick: () => this.addRun() });
    this.element = h(
      'section',
      { className: 'panel runs-panel', 'aria-label': 'Runs' },
      // Add run heads the panel, in reach however many runs are listed below it.
      h('div', { className: 'panel-head' }, h('h2', { text: 'Runs' }), this.addButton),
      h('div', { className: 'field-row' }, sx.wrapper, sy.wrapper),
      h('p', {
        className: 'hint',
        text: 'Shift-click the surface to set the shared start; Ctrl+Shift-click to give the followed run its own.',
      }),
      steps.wrapper,
      this.list,
    );
    store.subscribe((d, previous) => {
      if (d.runs !== previous.runs || d.start !== previous.start || d.steps !== previous.steps || d.selectedRun !== previous.selectedRun)
        this.show(d);
    });
    sync.on('runs', (entries) => this.showResults(entries));
    this.show(doc);
  }

  private show(doc: SessionDocument): void {
    setQuietly(this.startX, String(doc.start[0]));
    setQuietly(this.startY, String(doc.start[1]));
    setQuietly(this.steps, String(doc.steps));
    this.addButton.disabled = doc.runs.length >= WINDOW_RUNS;
    this.addButton.title = this.addButton.disabled
      ? `At most ${WINDOW_RUNS} runs, each in a colour of its own`
      : 'Add a run with an optimizer none of the runs uses yet';
    const structure = JSON.stringify([doc.runs.map((r) => [r.id, r.optimizer]), doc.selectedRun]);
    if (structure !== this.structure) {
      this.structure = structure;
      const focusedId = document.activeElement?.id;
      this.schedules = doc.runs.map(
        (_, index) =>
          new ScheduleField(
            index,
            () => this.store.document,
            (schedule) => this.updateRun(index, { schedule }),
          ),
      );
      this.list.replaceChildren(...doc.runs.map((run, index) => this.runItem(run, index, doc.selectedRun === index)));
      doc.runs.forEach((run, index) => this.schedules[index]!.show(run));
      if (focusedId) document.getElementById(focusedId)?.focus();
    } else {
      doc.runs.forEach((run, index) => this.refreshItem(run, index));
    }
    this.showResults(this.sync.runs);
  }

  private runItem(run: RunSpec, index: number, selected: boolean): HTMLLIElement {
    const n = index + 1;
    const prefix = `run-${index}`;
    const color = h('input', { type: 'color', id: `${prefix}-color`, 'aria-label': `Colour of run ${n}` }) as HTMLInputElement;
    color.value = run.color;
    color.addEventListener('input', () => this.updateRun(index, { color: color.value }, `color-${index}`));
    const optimizer = h('select', { id: `${prefix}-optimizer`, 'aria-label': `Optimizer of run ${n}` }) as HTMLSelectElement;
    for (const info of Object.values(OPTIMIZERS)) optimizer.append(h('option', { value: info.name, text: info.label }));
    optimizer.value = run.optimizer;
    optimizer.addEventListener('change', () => {
      const name = optimizer.value as OptimizerName;
      this.updateRun(index, { optimizer: name, params: presetHyperparameters(this.store.document.function, name) });
    });
    const visible = h('input', { type: 'checkbox', id: `${prefix}-visible`, 'aria-label': `Show run ${n}` }) as HTMLInputElement;
    visible.checked = run.visible;
    visible.addEventListener('change', () => this.updateRun(index, { visible: visible.checked }));
    const follow = h('input', {
      type: 'radio',
      name: 'follow-run',
      id: `${prefix}-follow`,
      'aria-label': `Overlays follow run ${n}`,
    }) as HTMLInputElement;
    follow.checked = selected;
    follow.addEventListener('change', () => this.store.amend((d) => ({ ...d, selectedRun: index, inspected: null })));
    const remove = h('button', {
      type: 'button',
      className: 'icon',
      'aria-label': `Remove run ${n}`,
      title: 'Remove',
      text: '✕',
      onclick: () => this.removeRun(index),
    });
    const params = h(
      'div',
      { className: 'params' },
      ...Object.entries(OPTIMIZERS[run.optimizer].hyperparameters).map(([key, spec]) =>
        this.hyperparameterField(spec, run.params[key] ?? spec.default, `${prefix}-${key}`, `${spec.label} of run ${n}`, (value) =>
          this.updateParam(index, key, value),
        ),
      ),
    );
    const status = h('p', { className: 'run-status', id: `${prefix}-status`, 'aria-live': 'polite' });
    const problem = h('p', { className: 'run-status error', id: `${prefix}-problem`, role: 'status' });
    return h(
      'li',
      { className: 'run', 'data-run': String(index) },
      h(
        'div',
        { className: 'run-head' },
        color,
        visible,
        optimizer,
        follow,
        h('label', { for: `${prefix}-follow`, className: 'follow-label', text: 'follow' }),
        remove,
      ),
      params,
      this.ownStartAndSteps(run, index),
      batchFields(
        run,
        index,
        () => this.sync.surface?.rows ?? null,
        () => this.store.document.runs[index]?.batch ?? null,
        (batch) => this.updateRun(index, { batch }),
      ),
      this.schedules[index]!.element,
      problem,
      status,
    );
  }

  /** A run's own start and budget; empty fields (the default) use the shared ones. */
  private ownStartAndSteps(run: RunSpec, index: number): HTMLDetailsElement {
    const n = index + 1;
    const prefix = `run-${index}`;
    const shared = this.store.document;
    const fields = [
      optionalNumberField('Start x', run.start?.[0] ?? null, (x) => this.updateOwnStart(index, 0, x), {
        id: `${prefix}-start-x`,
        placeholder: String(shared.start[0]),
        check: coordinateProblem('Start x'),
      }),
      optionalNumberField('Start y', run.start?.[1] ?? null, (y) => this.updateOwnStart(index, 1, y), {
        id: `${prefix}-start-y`,
        placeholder: String(shared.start[1]),
        check: coordinateProblem('Start y'),
      }),
      optionalNumberField('Steps', run.steps, (steps) => this.updateRun(index, { steps }), {
        id: `${prefix}-steps`,
        step: '1',
        min: 1,
        max: MAX_STEPS,
        placeholder: String(shared.steps),
        check: stepsProblem,
      }),
    ];
    const [x, y, steps] = fields.map((field) => field.input);
    x!.setAttribute('aria-label', `Start x of run ${n}`);
    y!.setAttribute('aria-label', `Start y of run ${n}`);
    steps!.setAttribute('aria-label', `Steps of run ${n}`);
    return h(
      'details',
      { className: 'own', id: `${prefix}-own`, open: run.start !== null || run.steps !== null },
      h('summary', { text: 'Own start and steps' }),
      h('div', { className: 'field-row' }, ...fields.map((field) => field.wrapper)),
      h('p', { className: 'hint', text: 'Empty fields use the shared start and steps.' }),
    );
  }

  /** Sets one coordinate of a run's own start (the other comes from the shared start); empty clears it. */
  private updateOwnStart(index: number, axis: 0 | 1, value: number | null): void {
    const doc = this.store.document;
    const run = doc.runs[index];
    if (run === undefined) return;
    if (value === null) {
      this.updateRun(index, { start: null });
      return;
    }
    const base = run.start ?? doc.start;
    const start: [number, number] = axis === 0 ? [value, base[1]] : [base[0], value];
    this.updateRun(index, { start });
  }

  private refreshItem(run: RunSpec, index: number): void {
    const prefix = `run-${index}`;
    this.schedules[index]?.show(run);
    const color = document.getElementById(`${prefix}-color`) as HTMLInputElement | null;
    if (color) setQuietly(color, run.color);
    const visible = document.getElementById(`${prefix}-visible`) as HTMLInputElement | null;
    if (visible) visible.checked = run.visible;
    for (const key of Object.keys(OPTIMIZERS[run.optimizer].hyperparameters)) {
      const input = document.getElementById(`${prefix}-${key}`) as HTMLInputElement | HTMLSelectElement | null;
      if (input) setQuietly(input, String(run.params[key]));
    }
    const shared = this.store.document;
    const own: [string, number | null, number][] = [
      ['start-x', run.start?.[0] ?? null, shared.start[0]],
      ['start-y', run.start?.[1] ?? null, shared.start[1]],
      ['steps', run.steps, shared.steps],
    ];
    for (const [name, value, fallback] of own) {
      const input = document.getElementById(`${prefix}-${name}`) as HTMLInputElement | null;
      if (input === null) continue;
      input.placeholder = String(fallback);
      setQuietly(input, value === null ? '' : String(value));
    }
    if (run.start !== null || run.steps !== null)
      (document.getElementById(`${prefix}-own`) as HTMLDetailsElement | null)?.setAttribute('open', '');
    refreshBatchFields(run, index);
  }

  private showResults(entries: readonly RunEntry[]): void {
    entries.forEach((entry, index) => {
      const status = document.getElementById(`run-${index}-status`);
      if (status === null) return;
      status.textContent = entry.result.ok
        ? entry.result.stopMessage || `${stopLabel(entry.result.stop)} after ${entry.result.pointCount - 1} steps.`
        : entry.result.message;
      status.classList.toggle('error', !entry.result.ok);
    });
  }

  /** A field for one hyperparameter, labelled from the optimizer's descriptor: a number field, or a choice for an enum. */
  private hyperparameterField(
    spec: Hyperparameter,
    value: HyperparameterValue,
    id: string,
    ariaLabel: string,
    onCommit: (value: HyperparameterValue) => void,
  ): HTMLElement {
    if (spec.kind === 'enum') {
      const select = h('select', { id, 'aria-label': ariaLabel }) as HTMLSelectElement;
      for (const option of spec.choices) select.append(h('option', { value: option, text: option }));
      select.value = String(value);
      select.addEventListener('change', () => onCommit(select.value));
      return h('label', {}, spec.label, select);
    }
    const field = numberField(spec.label, Number(value), onCommit, { id, ...(spec.kind === 'integer' ? { step: '1' } : {}) });
    field.input.setAttribute('aria-label', ariaLabel);
    return field.wrapper;
  }

  /** Checks a hyperparameter with the core's rule first: a bad value is explained and not applied. */
  private updateParam(index: number, key: string, value: HyperparameterValue): void {
    const run = this.store.document.runs[index];
    if (run === undefined) return;
    const problem = checkHyperparameter(run.optimizer, key, value);
    const element = document.getElementById(`run-${index}-problem`);
    if (element) element.textContent = problem ? problem.message : '';
    if (!problem) this.updateRun(index, { params: { ...run.params, [key]: value } });
  }

  private updateRun(index: number, change: Partial<RunSpec>, coalesce?: string): void {
    this.store.edit((d) => ({ ...d, runs: d.runs.map((run, i) => (i === index ? { ...run, ...change } : run)) }), coalesce);
  }

  private addRun(): void {
    this.store.edit((d) => {
      if (d.runs.length >= WINDOW_RUNS) return d;
      const used = new Set(d.runs.map((run) => run.color));
      const color = RUN_PALETTE.find((c) => !used.has(c)) ?? RUN_PALETTE[d.runs.length % RUN_PALETTE.length]!;
      // A new run brings an optimizer not on the list yet, so adding runs compares something.
      const taken = new Set(d.runs.map((run) => run.optimizer));
      const optimizer = OPTIMIZER_NAMES.find((name) => !taken.has(name)) ?? 'adam';
      const ids = new Set(d.runs.map((run) => run.id));
      let n = d.runs.length + 1;
      while (ids.has(`run-${n}`)) n++;
      return {
        ...d,
        runs: [...d.runs, { ...defaultRun(n - 1, optimizer), id: `run-${n}`, color, params: presetHyperparameters(d.function, optimizer) }],
      };
    });
    // The new run is at the list's end: bring it into view, since its button is at the top.
    this.list.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }

  private removeRun(index: number): void {
    this.store.edit((d) => {
      const runs = d.runs.filter((_, i) => i !== index);
      const selected =
        d.selectedRun === null
          ? null
          : d.selectedRun === index
            ? runs.length > 0
              ? 0
              : null
            : d.selectedRun > index
              ? d.selectedRun - 1
              : d.selectedRun;
      return { ...d, runs, selectedRun: selected };
    });
  }
}
