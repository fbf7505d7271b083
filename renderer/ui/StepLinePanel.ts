import type { LineDirection, LineMark, SessionDocument, StepLine } from '../../core/index.ts';
import { Superseded, type MathClient } from '../compute/MathClient.ts';
import type { LineRequest } from '../compute/protocol.ts';
import type { SceneSync } from '../app/SceneSync.ts';
import type { Store } from '../app/Store.ts';
import { OVERLAY_STYLE } from '../scene/overlayStyle.ts';
import type { SceneRenderer } from '../scene/SceneRenderer.ts';
import { formatNumber, formatRangeEnds } from '../scene/ticks.ts';
import { h } from './dom.ts';
import { runLineRequest, runLineTitle, STEP_LINE_SAMPLES, stepLr } from './stepLineRequest.ts';
import { stepLineAxis, stepLineKey } from './stepLineKey.ts';
import { stepLineRange } from './stepLineRange.ts';

const SVG = 'http://www.w3.org/2000/svg';
const PLOT = { left: 44, right: 8, top: 8, bottom: 16 };

type DirectionChoice = 'step' | 'gradient' | 'newton' | 'eigen0' | 'eigen1';
const CHOICES: readonly (readonly [DirectionChoice, string])[] = [
  ['step', 'the step taken'],
  ['gradient', '−∇f'],
  ['newton', 'Newton’s step −H⁻¹∇f'],
  ['eigen0', 'eigenvector 1 (λ₁)'],
  ['eigen1', 'eigenvector 2 (λ₂)'],
];

const directionOf = (choice: Exclude<DirectionChoice, 'step'>): LineDirection =>
  choice === 'eigen0' ? { kind: 'eigen', index: 0 } : choice === 'eigen1' ? { kind: 'eigen', index: 1 } : { kind: choice };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/** What the panel asks for: a request, or why there is nothing to draw. */
type Wanted = { readonly request: LineRequest; readonly title: string; readonly color: string } | { readonly none: string };

/**
 * The 1-D picture of a step: f along a line through the focused point (the followed run's
 * current iterate, or the inspected point) with its tangent line and second-order parabola, and
 * where gradient descent (on the line), Newton (the parabola's vertex) and the run's own step land.
 * The line is the step the run takes from here, or −∇f, Newton's direction or an eigenvector. The
 * worker samples f (core's stepLine); the panel only maps its numbers to the picture, and follows
 * playback by asking again when the iterate changes.
 */
export class StepLinePanel {
  readonly element: HTMLElement;
  private readonly picture: SVGSVGElement;
  private readonly choice: HTMLSelectElement;
  private readonly caption: HTMLElement;
  private readonly axisNote: HTMLElement;
  private readonly message: HTMLElement;
  private readonly legend: HTMLElement;
  private askedKey = '';
  private runColor = '';
  /** The line drawn now, for tests and readers of the data attributes. */
  shown: StepLine | null = null;

  constructor(
    private readonly store: Store,
    private readonly sync: SceneSync,
    private readonly scene: SceneRenderer,
    private readonly client: MathClient,
  ) {
    this.choice = h('select', { 'aria-label': 'Line of the 1-D picture' }) as HTMLSelectElement;
    for (const [value, text] of CHOICES) this.choice.append(h('option', { value, text }));
    this.choice.addEventListener('change', () => this.refresh());
    this.picture = svg('svg', { role: 'img', 'aria-label': '1-D picture of the step' });
    this.picture.classList.add('step-line-picture');
    new ResizeObserver(() => this.draw(this.shown, this.message.textContent ?? '', this.caption.textContent ?? '', this.runColor)).observe(
      this.picture,
    );
    this.caption = h('span', { className: 'step-line-caption' });
    this.axisNote = h('span', { className: 'step-line-axis' });
    this.message = h('p', { className: 'inspect-message', role: 'status' });
    this.legend = h('ul', { className: 'step-line-legend' });
    this.element = h(
      'section',
      { className: 'step-line', 'aria-label': '1-D picture' },
      h('div', { className: 'chart-head' }, h('h2', { text: 'Along a line' }), this.choice),
      h('p', { className: 'hint step-line-captions' }, this.caption, this.axisNote),
      h('div', { className: 'step-line-body' }, this.picture, h('div', { className: 'step-line-side' }, this.legend, this.message)),
    );
    sync.on('runs', () => this.refresh());
    sync.on('inspected', () => this.refresh());
    store.subscribe((d, previous) => {
      if (d.inspected !== previous.inspected || d.selectedRun !== previous.selectedRun || d.function !== previous.function) this.refresh();
    });
  }

  /** Asks for the line at the focused point when it changed (cheap to call every frame). */
  refresh(): void {
    const wanted = this.wanted(this.store.document);
    const key = 'none' in wanted ? wanted.none : JSON.stringify(wanted.request);
    if (key === this.askedKey) return;
    this.askedKey = key;
    if ('none' in wanted) {
      this.draw(null, wanted.none, '', '');
      return;
    }
    this.client.request(wanted.request).then(
      (reply) => {
        if (key !== this.askedKey) return;
        if (reply.ok) this.draw(reply.line, '', wanted.title, wanted.color);
        else this.draw(null, reply.message, wanted.title, wanted.color);
      },
      (error: unknown) => {
        if (error instanceof Superseded || key !== this.askedKey) return;
        this.draw(null, error instanceof Error ? error.message : String(error), wanted.title, wanted.color);
      },
    );
  }

  private wanted(doc: SessionDocument): Wanted {
    const embedded = this.client.embed(doc);
    const choice = this.choice.value as DirectionChoice;
    const followed = doc.selectedRun === null ? undefined : this.sync.runs[doc.selectedRun];
    if (doc.inspected !== null) {
      const direction = choice === 'step' ? directionOf('gradient') : directionOf(choice);
      const run = followed?.result.ok ? followed.result : this.sync.runs.find((entry) => entry.result.ok)?.result;
      const lr = stepLr(run && run.ok ? run.params : undefined, null, 0);
      const title = `Inspected point (${formatNumber(doc.inspected[0], 4)}, ${formatNumber(doc.inspected[1], 4)})`;
      const request: LineRequest = {
        kind: 'line',
        function: doc.function,
        embedded,
        count: STEP_LINE_SAMPLES,
        point: doc.inspected,
        direction,
        lr,
      };
      return { request, title, color: OVERLAY_STYLE.target.color };
    }
    if (doc.selectedRun === null || followed === undefined) return { none: 'Follow a run or inspect a point to see f along a line.' };
    const result = followed.result;
    if (!result.ok) return { none: result.message };
    const iterate = this.scene.iterate(doc.selectedRun);
    if (iterate === null) return { none: 'The followed run has no iterate yet.' };
    const k = iterate.index;
    const { request, last } = runLineRequest(
      { function: doc.function, embedded },
      result,
      k,
      choice === 'step' ? null : directionOf(choice),
    );
    return { request, title: runLineTitle(doc.selectedRun, k, choice === 'step', last), color: followed.spec.color };
  }

  private draw(line: StepLine | null, message: string, title: string, runColor: string): void {
    this.shown = line;
    this.runColor = runColor;
    const width = Math.max(120, this.picture.clientWidth || 280);
    const height = Math.max(80, this.picture.clientHeight || 150);
    this.picture.setAttribute('viewBox', `0 0 ${width} ${height}`);
    this.message.textContent = message;
    this.caption.textContent = title;
    this.axisNote.textContent = '';
    this.picture.replaceChildren();
    this.legend.replaceChildren();
    delete this.picture.dataset.t0;
    if (line === null) return;
    const { lo, hi } = stepLineRange(line);
    const t0 = line.t[0]!;
    const t1 = line.t[line.t.length - 1]!;
    const x = (t: number) => PLOT.left + ((t - t0) / (t1 - t0)) * (width - PLOT.left - PLOT.right);
    const y = (f: number) => PLOT.top + ((hi - f) / (hi - lo)) * (height - PLOT.top - PLOT.bottom);
    const clip = svg('clipPath', { id: 'step-line-clip' });
    clip.append(svg('rect', { x: PLOT.left, y: PLOT.top, width: width - PLOT.left - PLOT.right, height: height - PLOT.top - PLOT.bottom }));
    const defs = svg('defs');
    defs.append(clip);
    this.picture.append(defs);
    this.axes(x, lo, hi, t0, t1, width, height);
    const curve = (values: Float64Array, name: string, color: string, dash = '') => {
      let d = '';
      let open = false;
      values.forEach((v, i) => {
        if (!Number.isFinite(v)) {
          open = false;
          return;
        }
        // A diverged run's f (1e19 and more) stays a number SVG can hold; the clip path cuts it at the frame.
        const cy = Math.min(Math.max(y(v), -10 * height), 11 * height);
        d += `${open ? 'L' : 'M'}${x(line.t[i]!).toFixed(2)} ${cy.toFixed(2)}`;
        open = true;
      });
      const path = svg('path', {
        d,
        fill: 'none',
        stroke: color,
        'stroke-width': name === 'f' ? 2 : 1.5,
        'clip-path': 'url(#step-line-clip)',
      });
      if (dash) path.setAttribute('stroke-dasharray', dash);
      path.dataset.curve = name;
      this.picture.append(path);
    };
    curve(line.tangent, 'tangent', OVERLAY_STYLE.tangentPlane.color, '5 3');
    curve(line.parabola, 'parabola', OVERLAY_STYLE.paraboloid.color);
    // L-BFGS's belief along its step, dotted in f's colour: an estimate of f's own curve.
    if (line.believedParabola !== null) curve(line.believedParabola, 'believed', 'var(--text)', '1.5 2.5');
    curve(line.f, 'f', 'var(--text)');
    const mark = (name: string, at: LineMark | null, color: string, shape: 'circle' | 'ring' | 'diamond') => {
      if (at === null || !Number.isFinite(at.f) || at.t < t0 || at.t > t1) return;
      const cx = x(at.t);
      const pinned = at.f > hi ? y(hi) + 5 : at.f < lo ? y(lo) - 5 : null;
      const cy = pinned ?? y(at.f);
      if (pinned !== null) {
        const note = svg('text', { x: cx - 7, y: cy + 3, 'text-anchor': 'end', fill: color, 'font-size': 9 });
        note.textContent = `${at.f > hi ? '↑' : '↓'} f = ${formatNumber(at.f, 4)}`;
        this.picture.append(note);
      }
      const element =
        shape === 'diamond'
          ? svg('path', { d: `M${cx} ${cy - 6}L${cx + 6} ${cy}L${cx} ${cy + 6}L${cx - 6} ${cy}Z` })
          : svg('circle', { cx: cx.toFixed(2), cy: cy.toFixed(2), r: shape === 'ring' ? 6.5 : 4.5 });
      element.setAttribute('fill', shape === 'ring' ? 'none' : color);
      element.setAttribute('stroke', shape === 'ring' ? color : 'var(--panel)');
      element.setAttribute('stroke-width', shape === 'ring' ? '2' : '1');
      element.dataset.mark = name;
      element.dataset.t = String(at.t);
      element.dataset.f = String(at.f);
      element.dataset.x = cx.toFixed(2);
      element.dataset.y = cy.toFixed(2);
      if (pinned !== null) element.dataset.pinned = 'true';
      this.picture.append(element);
    };
    mark('gradient', line.marks.gradient, OVERLAY_STYLE.tangentPlane.color, 'circle');
    mark('newton', line.marks.newton, OVERLAY_STYLE.target.color, 'diamond');
    // Where a search's last trial is the step's own landing, the run's mark rings it.
    mark('actual', line.marks.actual, runColor, line.trials.length > 0 ? 'ring' : 'circle');
    // The search's trials lie over the marks: its last trial is where the step lands.
    if (line.trials.length > 0) {
      const [a, b] = line.armijo;
      const armijo = svg('path', {
        d: `M${x(a.t).toFixed(2)} ${y(a.f).toFixed(2)}L${x(b.t).toFixed(2)} ${y(b.f).toFixed(2)}`,
        stroke: 'var(--warning)',
        'stroke-width': 1,
        'stroke-dasharray': '2 2',
        fill: 'none',
        'clip-path': 'url(#step-line-clip)',
      });
      armijo.dataset.curve = 'armijo';
      this.picture.append(armijo);
      line.trials.forEach((trial, i) => {
        if (!Number.isFinite(trial.f) || trial.f > hi || trial.f < lo || trial.t < t0 || trial.t > t1) return;
        const cx = x(trial.t);
        const cy = y(trial.f);
        // The slope there, as a short tick: inside the curvature band it is drawn solid.
        const dt = 0.06 * (t1 - t0);
        const tick = svg('path', {
          d: `M${x(trial.t - dt).toFixed(2)} ${y(trial.f - trial.slope * dt).toFixed(2)}L${x(trial.t + dt).toFixed(2)} ${y(trial.f + trial.slope * dt).toFixed(2)}`,
          stroke: 'var(--warning)',
          'stroke-width': 1.5,
          fill: 'none',
          'clip-path': 'url(#step-line-clip)',
        });
        if (!trial.curvature) tick.setAttribute('stroke-dasharray', '2 2');
        const square = svg('rect', { x: cx - 3, y: cy - 3, width: 6, height: 6, stroke: 'var(--warning)', 'stroke-width': 1.2 });
        square.setAttribute('fill', trial.armijo && trial.curvature ? 'var(--warning)' : 'none');
        square.dataset.mark = `trial-${i}`;
        square.dataset.t = String(trial.t);
        square.dataset.f = String(trial.f);
        this.picture.append(tick, square);
      });
    }
    this.picture.dataset.range = JSON.stringify([lo, hi]);
    const colors = { text: 'var(--text)', run: runColor, trials: 'var(--warning)' };
    for (const { text, color, swatch, title } of stepLineKey(line, colors)) {
      const chip = h('span', { className: `swatch ${swatch}` });
      chip.style.setProperty('--swatch', color);
      this.legend.append(h('li', { title }, chip, text));
    }
    this.axisNote.textContent = stepLineAxis(line);
    this.picture.dataset.t0 = String(t0);
    this.picture.dataset.slope = String(line.slope);
    this.picture.dataset.curvature = String(line.curvature);
    this.picture.dataset.point = JSON.stringify(line.point);
  }

  private axes(x: (t: number) => number, lo: number, hi: number, t0: number, t1: number, width: number, height: number): void {
    const color = 'var(--muted)';
    const frame = svg('path', {
      d: `M${PLOT.left} ${PLOT.top}V${height - PLOT.bottom}H${width - PLOT.right}`,
      fill: 'none',
      stroke: color,
      'stroke-width': 0.6,
    });
    this.picture.append(frame);
    const label = (text: string, at: [number, number], anchor: string) => {
      const element = svg('text', { x: at[0], y: at[1], 'text-anchor': anchor, fill: color, 'font-size': 9 });
      element.textContent = text;
      this.picture.append(element);
    };
    const [loText, hiText] = formatRangeEnds(lo, hi);
    label(hiText, [PLOT.left - 3, PLOT.top + 8], 'end');
    label(loText, [PLOT.left - 3, height - PLOT.bottom], 'end');
    for (const t of [0, 1]) {
      if (t < t0 || t > t1) continue;
      this.picture.append(
        svg('line', {
          x1: x(t),
          x2: x(t),
          y1: PLOT.top,
          y2: height - PLOT.bottom,
          stroke: color,
          'stroke-width': 0.5,
          'stroke-dasharray': '2 3',
        }),
      );
      label(`t = ${t}`, [x(t), height - 5], 'middle');
    }
  }
}
