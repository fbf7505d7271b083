import type { LocalModels, SessionDocument } from '../../core/index.ts';
import { coordinateProblem } from './fieldChecks.ts';
import { emptyModelRow, modelRowFrom, type ModelRow } from '../compute/modelSamples.ts';
import { believedRow, believedSteps, believesAt } from '../compute/believedSamples.ts';
import type { SceneSync } from '../app/SceneSync.ts';
import type { Store } from '../app/Store.ts';
import type { SceneRenderer } from '../scene/SceneRenderer.ts';
import { formatNumber } from '../scene/ticks.ts';
import { readoutScale, withoutNoise } from './readoutNoise.ts';
import { h, numberField, readNumber, setQuietly } from './dom.ts';
import { taylorFormula } from './taylorFormula.ts';

/** Significant digits of the inspected point's coordinates in their fields. */
const COORDINATE_DIGITS = 6;

const DIGITS = 6;
const SHAPE_WORDS = {
  bowl: 'bowl (minimum-like: both curvatures up)',
  dome: 'dome (maximum-like: both down)',
  saddle: 'saddle (one up, one down)',
  degenerate: 'degenerate (a curvature is zero)',
} as const;
/** A degenerate model whose curvatures are both zero: a plane, or a constant layer of a file. */
const FLAT_WORDS = 'flat (both curvatures zero)';

/**
 * The readout at the focused point (the inspected point, or the followed run's current iterate):
 * f, ∇f, H, eigenvalues and eigenvectors, shape, the Taylor model with its numbers and Newton's
 * target; and fields to type the point. Every number is the core's, shown to 6 significant digits,
 * with the full value in a data-value attribute.
 */
export class InspectorPanel {
  readonly element: HTMLElement;
  private readonly x: HTMLInputElement;
  private readonly y: HTMLInputElement;
  private readonly title: HTMLHeadingElement;
  private readonly cells = new Map<string, HTMLElement>();
  private readonly formula: HTMLElement;
  /** What H is made of, for a loss on data whose form says it (logistic: H is the Gauss–Newton and the Fisher matrix). */
  private readonly hessianNote: HTMLElement;
  private readonly message: HTMLElement;
  private readonly followButton: HTMLButtonElement;
  private shownKey = '';
  private runsShown = 0;
  private readonly row: ModelRow = emptyModelRow();
  /** The coordinates as the fields show them (rounded), to tell a shown value from a typed one. */
  private shownCoordinates: [string, string] = ['', ''];
  private readonly believed: ModelRow = emptyModelRow();

  constructor(
    private readonly store: Store,
    private readonly sync: SceneSync,
    private readonly scene: SceneRenderer,
  ) {
    const inspect = (x: number, y: number) => store.amend((d) => ({ ...d, inspected: [x, y] }));
    // The other coordinate: as typed when it reads as a number, else where the focus is now (never 0 for a blank).
    const other = (input: HTMLInputElement, axis: 0 | 1): number => {
      const exact = this.store.document.inspected?.[axis] ?? this.row[axis === 0 ? 'x' : 'y'];
      if (input.value === this.shownCoordinates[axis]) return exact;
      const read = readNumber(input, '');
      return typeof read === 'number' ? read : exact;
    };
    const fx = numberField('Inspect x', 0, (x) => inspect(x, other(this.y, 1)), { id: 'inspect-x', check: coordinateProblem('Inspect x') });
    const fy = numberField('Inspect y', 0, (y) => inspect(other(this.x, 0), y), { id: 'inspect-y', check: coordinateProblem('Inspect y') });
    this.x = fx.input;
    this.y = fy.input;
    this.followButton = h('button', {
      type: 'button',
      text: 'Follow the selected run',
      onclick: () => store.amend((d) => ({ ...d, inspected: null, selectedRun: d.selectedRun ?? (d.runs.length > 0 ? 0 : null) })),
    });
    this.title = h('h2', { text: 'Point' });
    const table = h('dl', { className: 'readout' });
    for (const [key, label] of [
      ['f', 'f'],
      ['gradient', '∇f'],
      ['hessian', 'H'],
      ['eigenvalues', 'eigenvalues'],
      ['eigenvectors', 'eigenvectors'],
      ['shape', 'shape'],
      ['condition', 'condition number'],
      ['target', 'Newton target'],
      // After all that is H's, so H's eigenvalues never read as B's; B's own are in its row.
      ['believed', 'L-BFGS’s B'],
      ['gauss-newton', 'Gauss–Newton part'],
    ] as const) {
      const cell = h('dd', { 'data-readout': key });
      this.cells.set(key, cell);
      table.append(h('dt', { text: label }), cell);
    }
    this.showGaussNewton(null);
    this.showBelieved(null);
    this.formula = h('p', { className: 'formula', 'data-readout': 'taylor', 'aria-label': 'Taylor model' });
    this.hessianNote = h('p', { className: 'hessian-note', 'data-readout': 'hessian-makeup' });
    this.hessianNote.hidden = true;
    this.message = h('p', { className: 'inspect-message', role: 'status' });
    this.element = h(
      'section',
      { className: 'panel inspector', 'aria-label': 'Point inspector' },
      this.title,
      h('div', { className: 'field-row' }, fx.wrapper, fy.wrapper),
      this.followButton,
      this.message,
      table,
      this.hessianNote,
      h('h3', { text: 'Second-order Taylor model' }),
      this.formula,
    );
    sync.on('inspected', (_models, message) => {
      this.message.textContent = message ?? '';
      this.refresh();
    });
    sync.on('runs', () => {
      // New results may say more of the same point (what L-BFGS believed there).
      this.runsShown++;
      this.refresh();
    });
    store.subscribe((d, previous) => {
      if (d.inspected !== previous.inspected || d.selectedRun !== previous.selectedRun) this.refresh();
    });
  }

  /** Updates the readout when the focused point changed (cheap to call every frame). */
  refresh(): void {
    const doc: SessionDocument = this.store.document;
    const models: LocalModels | null = doc.inspected !== null ? this.sync.inspected : null;
    let row: ModelRow;
    let title: string;
    if (doc.inspected !== null) {
      if (models === null) {
        this.show(null, `Point (${formatNumber(doc.inspected[0], DIGITS)}, ${formatNumber(doc.inspected[1], DIGITS)})`);
        return;
      }
      row = modelRowFrom(models, this.row);
      title = 'Inspected point';
    } else {
      const focus = this.scene.focusRow;
      if (!focus.valid) {
        this.show(null, 'Point');
        return;
      }
      row = focus;
      const index = doc.selectedRun;
      const iterate = index === null ? null : this.scene.iterate(index);
      title = iterate === null ? 'Point' : `Run ${index! + 1}, iterate ${iterate.index}`;
    }
    this.show(row, title);
  }

  private show(row: ModelRow | null, title: string): void {
    const key = row === null ? title : `${title}|${row.x}|${row.y}|${row.f}|${row.valid}|${this.runsShown}`;
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.title.textContent = title;
    this.followButton.hidden = this.store.document.inspected === null;
    this.showGaussNewton(row);
    this.showBelieved(row);
    const makeup = row?.valid ? (this.sync.surface?.hessianNote ?? null) : null;
    this.hessianNote.hidden = makeup === null;
    this.hessianNote.textContent = makeup ?? '';
    if (row === null || !row.valid) {
      for (const cell of this.cells.values()) cell.replaceChildren();
      this.formula.textContent = '';
      return;
    }
    const surface = this.sync.surface;
    const scale = readoutScale(surface?.valueRange ?? null, surface?.domain ?? this.store.document.domain);
    // The point to a few digits, as a person reads and edits it; editing the other field keeps this one exact.
    const coordinate = (value: number) => String(Number(withoutNoise(value, 'position', scale).toPrecision(COORDINATE_DIGITS)));
    this.shownCoordinates = [coordinate(row.x), coordinate(row.y)];
    setQuietly(this.x, this.shownCoordinates[0]);
    setQuietly(this.y, this.shownCoordinates[1]);
    const clean = (kind: Parameters<typeof withoutNoise>[1], ...values: number[]) =>
      values.map((value) => withoutNoise(value, kind, scale));
    const [f] = clean('value', row.f);
    const [gx, gy] = clean('slope', row.gx, row.gy);
    const curvature = (...values: number[]) => clean('curvature', ...values);
    const [hxx, hxy, hyy] = curvature(row.hxx, row.hxy, row.hyy);
    this.set('f', [f!]);
    this.set('gradient', [gx!, gy!], (v) => `(${v.join(', ')})`);
    this.set('hessian', [hxx!, hxy!, hxy!, hyy!], (v) => `[[${v[0]}, ${v[1]}], [${v[2]}, ${v[3]}]]`);
    const [l1, l2] = curvature(row.l1, row.l2);
    this.set('eigenvalues', [l1!, l2!], (v) => `λ₁ = ${v[0]}, λ₂ = ${v[1]}`);
    this.set('eigenvectors', clean('unit', row.v1x, row.v1y, row.v2x, row.v2y), (v) => `(${v[0]}, ${v[1]}), (${v[2]}, ${v[3]})`);
    this.cells.get('shape')!.textContent =
      row.shape === null ? '' : row.shape === 'degenerate' && l1 === 0 && l2 === 0 ? FLAT_WORDS : SHAPE_WORDS[row.shape];
    this.cells.get('shape')!.dataset.value = row.shape ?? '';
    const magnitudes = [Math.abs(l1!), Math.abs(l2!)];
    const condition = Math.min(...magnitudes) === 0 ? Infinity : Math.max(...magnitudes) / Math.min(...magnitudes);
    this.set('condition', [condition]);
    if (row.hasTarget)
      this.set('target', [...clean('position', row.tx, row.ty), ...clean('value', row.tf)], (v) => `(${v[0]}, ${v[1]}), m = ${v[2]}`);
    else {
      this.cells.get('target')!.textContent = 'none: H is singular';
      this.cells.get('target')!.dataset.value = '';
    }
    this.formula.textContent = taylorFormula(row.x, row.y, f!, gx!, gy!, hxx!, hxy!, hyy!, 5);
  }

  /**
   * At a followed L-BFGS run's iterate: the Hessian its history implies there (B, what the step
   * believed), beside H; hidden elsewhere.
   */
  private showBelieved(row: ModelRow | null): void {
    const cell = this.cells.get('believed')!;
    const label = cell.previousElementSibling as HTMLElement | null;
    const doc = this.store.document;
    const entry = doc.inspected === null && doc.selectedRun !== null ? this.sync.runs[doc.selectedRun] : undefined;
    const believed = entry?.result.ok ? entry.result.believed : null;
    const iterate = doc.selectedRun === null ? null : this.scene.iterate(doc.selectedRun);
    const shown = row !== null && row.valid && believed !== null && iterate !== null && iterate.index < believedSteps(believed);
    cell.hidden = !shown;
    if (label) label.hidden = !shown;
    if (!shown) return;
    const b = believedRow(believed, iterate.index, row, this.believed);
    const pairs = believesAt(believed, iterate.index);
    this.set('believed', [b.hxx, b.hxy, b.hxy, b.hyy, b.l1, b.l2], (v) =>
      pairs ? `[[${v[0]}, ${v[1]}], [${v[2]}, ${v[3]}]], eigenvalues ${v[4]}, ${v[5]}` : 'I: no curvature pair yet',
    );
    cell.title = pairs
      ? 'The Hessian estimate L-BFGS’s curvature pairs imply at this iterate (its step went to this model’s lowest point, times lr).'
      : 'L-BFGS has kept no curvature pair yet: B = I is no estimate of f, and the step goes along −∇f (torch scales the first by min(1, 1/‖∇f‖₁)·lr).';
  }

  /** For a mean of squared residuals, the part of H that first derivatives alone give (what Gauss–Newton steps with); hidden otherwise. */
  private showGaussNewton(row: ModelRow | null): void {
    const cell = this.cells.get('gauss-newton')!;
    const label = cell.previousElementSibling as HTMLElement | null;
    const shown = row !== null && row.hasGaussNewton;
    cell.hidden = !shown;
    if (label) label.hidden = !shown;
    if (!shown) return;
    this.set(
      'gauss-newton',
      [row.gnxx, row.gnxy, row.gnxy, row.gnyy],
      (v) => `[[${v[0]}, ${v[1]}], [${v[2]}, ${v[3]}]] = (2/N) Σ ∇r ∇rᵀ; H adds (2/N) Σ r ∇²r`,
    );
    cell.title =
      'The loss is a mean of squared residuals r²: H = (2/N) Σ ∇r ∇rᵀ + (2/N) Σ r ∇²r. The first part is the Gauss–Newton matrix.';
  }

  private set(key: string, values: readonly number[], layout: (shown: string[]) => string = (v) => v[0]!): void {
    const cell = this.cells.get(key)!;
    cell.textContent = layout(values.map((value) => formatNumber(value, DIGITS)));
    cell.dataset.value = JSON.stringify(values.map((value) => (Number.isFinite(value) ? value : String(value))));
  }
}
