import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import type { SessionDocument } from '../../core/index.ts';
import { explorerForFile, RESULTS_DIR, startExplorer, whenIdle, type ExplorerSession } from './support/explorerPage.ts';
import { ExportCollector, exportInPage } from './support/exportPage.ts';
import { decodeRgba } from './support/exportProbe.ts';

const SHOTS = 'test-results';

/** What the 1-D picture shows now: its point, slope, curvature and marks, read from the SVG. */
async function picture(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg[aria-label="1-D picture of the step"]') as SVGSVGElement | null;
    if (svg === null) throw new Error('no 1-D picture');
    const marks = Object.fromEntries(
      [...svg.querySelectorAll('[data-mark]')].map((m) => {
        const d = (m as SVGElement).dataset;
        return [d.mark!, { t: Number(d.t), f: Number(d.f), x: Number(d.x), y: Number(d.y) }];
      }),
    );
    const curves = Object.fromEntries(
      [...svg.querySelectorAll('[data-curve]')].map((c) => {
        const numbers = (c.getAttribute('d') ?? '').match(/-?[\d.]+/g)!.map(Number);
        const points: [number, number][] = [];
        for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i]!, numbers[i + 1]!]);
        return [(c as SVGElement).dataset.curve!, points];
      }),
    );
    const caption = document.querySelector('.step-line-caption')?.textContent ?? '';
    const point = svg.dataset.point ? (JSON.parse(svg.dataset.point) as [number, number]) : null;
    return { point, slope: Number(svg.dataset.slope), curvature: Number(svg.dataset.curvature), marks, curves, caption };
  });
}

const waitForCaption = (page: Page, text: string) =>
  page.waitForFunction((t) => document.querySelector('.step-line-caption')?.textContent === t, text, { timeout: 20_000 });

describe('the 1-D picture of a step', () => {
  let session: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1280, height: 720 });
    await page.evaluate(() => window.curvature!.pause());
    await whenIdle(page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('follows playback: the followed run’s iterate and the step it takes from there', async () => {
    // The default scene follows run 3 (Newton); follow gradient descent (run 1) instead.
    await page.evaluate(() => window.curvature!.store.amend((d) => ({ ...d, selectedRun: 0, inspected: null })));
    for (const k of [3, 7]) {
      await page.evaluate((i) => window.curvature!.seek(i), k);
      await waitForCaption(page, `Run 1, iterate ${k} → ${k + 1}`);
      const shown = await picture(page);
      const run = await page.evaluate(() => window.curvature!.getState().runs[0]!);
      expect(run.current!.index).toBe(k);
      expect(shown.point).toEqual([run.current!.x, run.current!.y]);
      // The run is gradient descent: its own step lands where GD's does, at t = 1, on the tangent line's level there or not.
      expect(shown.marks.actual!.t).toBe(1);
      expect(shown.marks.gradient!.t).toBeCloseTo(1, 9);
    }
    await page.screenshot({ path: `${SHOTS}/step-line-1280.png` });
  });

  it('marks Newton’s landing at the lowest point of the drawn parabola', async () => {
    await page.evaluate(() => window.curvature!.store.amend((d) => ({ ...d, selectedRun: 2, inspected: null })));
    await page.evaluate(() => window.curvature!.seek(1));
    await waitForCaption(page, 'Run 3, iterate 1 → 2');
    await page.screenshot({ path: `${SHOTS}/step-line-newton.png` });
    const shown = await picture(page);
    expect(shown.curvature).toBeGreaterThan(0);
    const newton = shown.marks.newton!;
    expect(newton.t).toBeCloseTo(-shown.slope / shown.curvature, 12);
    // Newton's own run takes exactly Newton's step: both marks at t = 1. Here the model was wrong
    // (Rosenbrock's valley bends), so the step's landing on f is pinned above the picture.
    expect(newton.t).toBeCloseTo(1, 9);
    expect(shown.marks.actual!.t).toBe(1);
    // The mark is on the drawn parabola, and no drawn point of the parabola lies below it.
    const parabola = shown.curves.parabola!;
    const nearest = parabola.reduce((best, p) => (Math.abs(p[0] - newton.x) < Math.abs(best[0] - newton.x) ? p : best));
    expect(Math.abs(nearest[0] - newton.x)).toBeLessThan(2);
    expect(Math.abs(nearest[1] - newton.y)).toBeLessThan(0.5);
    for (const [, y] of parabola) expect(y).toBeLessThanOrEqual(newton.y + 0.05);
    // and it curves visibly: its ends stand well above the vertex
    expect(newton.y - Math.min(parabola[0]![1], parabola.at(-1)![1])).toBeGreaterThan(20);
  });

  it('says what t measures and where GD lands off the picture, its key within the window at 1280x720', async () => {
    await page.evaluate(() => window.curvature!.store.amend((d) => ({ ...d, selectedRun: 2, inspected: null })));
    await page.evaluate(() => window.curvature!.seek(0));
    await waitForCaption(page, 'Run 3, iterate 0 → 1');
    expect(await page.locator('.step-line-axis').textContent()).toBe('t: 1 is the step taken');
    // Newton's lr is 1: gradient descent with it would go some 267 times as far as Newton's step.
    await expect.poll(() => page.locator('.step-line-legend').textContent()).toContain('GD: t = 267, off view');
    const shown = await picture(page);
    expect(shown.marks.gradient).toBeUndefined();
    // The heights are those of f along the stretch (about 4.7 to 35), not of the tangent line 267 steps away.
    const range = await page.evaluate(() => JSON.parse(document.querySelector('.step-line-picture')!.getAttribute('data-range')!));
    expect(range[0]).toBeGreaterThan(-30);
    expect(range[1]).toBeLessThan(100);
    const items = await page.locator('.step-line-legend li').evaluateAll((list) =>
      list.map((li) => {
        const box = li.getBoundingClientRect();
        return { bottom: box.bottom, height: box.height };
      }),
    );
    for (const item of items) {
      expect(item.bottom).toBeLessThanOrEqual(720);
      expect(item.height).toBeLessThan(20); // one line each
    }
    await page.screenshot({ path: `${SHOTS}/step-line-newton-first.png` });
  });

  it('shows a line through an inspected point, and no Newton mark where f curves down along it', async () => {
    await page.evaluate(() => window.curvature!.store.amend((d) => ({ ...d, inspected: [0, 0.5] })));
    await page.getByRole('combobox', { name: 'Line of the 1-D picture' }).selectOption('eigen0');
    await waitForCaption(page, 'Inspected point (0, 0.5)');
    await page.waitForFunction(() => document.querySelector('[data-mark="gradient"]') !== null);
    const shown = await picture(page);
    expect(shown.point).toEqual([0, 0.5]);
    // Rosenbrock at (0, 0.5): H = [[2 − 400(y − 3x²), 0], [0, 200]] = [[−198, 0], [0, 200]]; λ₁ curves down.
    expect(shown.curvature).toBeCloseTo(-198, 9);
    expect(shown.marks.newton).toBeUndefined();
    await page.screenshot({ path: `${SHOTS}/step-line-inspected.png` });
  });
});

describe('a learning-rate schedule per run', () => {
  let session: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1280, height: 720 });
    await page.evaluate(() => window.curvature!.pause());
    await whenIdle(page);
  });
  afterAll(async () => {
    await session?.close();
  });

  const schedule = (run: number) => page.evaluate((i) => window.curvature!.getState().document.runs[i]!.schedule, run);

  it('picks a schedule with values that run at once, checks each setting as typed, and undoes', async () => {
    await page.locator('#run-1-schedule-details > summary').click();
    await page.getByRole('combobox', { name: 'Schedule of run 2' }).selectOption('StepLR');
    // Momentum's run of 100 steps: step_size starts at a quarter of the budget, γ at torch's 0.1.
    expect(await schedule(1)).toEqual({ name: 'StepLR', settings: { step_size: 25, gamma: 0.1 } });
    await whenIdle(page);
    const stepSize = page.getByRole('spinbutton', { name: 'StepLR step_size of run 2' });
    await stepSize.fill('0');
    await stepSize.press('Enter');
    await expect
      .poll(() => page.locator('#run-1-schedule-details').textContent())
      .toContain('StepLR: step_size must be a whole number of at least 1, not 0.');
    expect(await schedule(1)).toEqual({ name: 'StepLR', settings: { step_size: 25, gamma: 0.1 } });
    await stepSize.fill('10');
    await stepSize.press('Enter');
    expect(await schedule(1)).toEqual({ name: 'StepLR', settings: { step_size: 10, gamma: 0.1 } });
    await stepSize.blur();
    await page.evaluate(() => window.curvature!.store.undo());
    expect(await schedule(1)).toEqual({ name: 'StepLR', settings: { step_size: 25, gamma: 0.1 } });
    expect(await stepSize.inputValue()).toBe('25');
  });

  it('refuses before running what torch would refuse: OneCycleLR without momentum, total_steps short of the run', async () => {
    await page.locator('#run-0-schedule-details > summary').click();
    await page.getByRole('combobox', { name: 'Schedule of run 1' }).selectOption('OneCycleLR');
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'OneCycleLR' }).first().textContent())
      .toBe(
        'OneCycleLR cycles a momentum or β1, and gd has neither; use it with momentum, nesterov or adam (on plain SGD torch would switch momentum on, which makes it the momentum optimizer).',
      );
    expect(await schedule(0)).toBeNull();
    expect(await page.getByRole('combobox', { name: 'Schedule of run 1' }).inputValue()).toBe('none');
    // The message goes once the run is another: here another preset brings its own run settings.
    const problem = page.locator('#run-0-schedule-problem');
    expect(await problem.textContent()).not.toBe('');
    const before = await page.evaluate(() => window.curvature!.store.document.function);
    expect(await page.evaluate(() => window.curvature!.setFunction('booth'))).toBe(true);
    await expect.poll(() => problem.textContent()).toBe('');
    expect(await page.evaluate((name) => window.curvature!.setFunction(name), before)).toBe(true);
    await whenIdle(page);

    await page.getByRole('combobox', { name: 'Schedule of run 2' }).selectOption('OneCycleLR');
    expect((await schedule(1))!.settings.total_steps).toBe(100);
    // Its seven settings each keep a readable label and a field wide enough for its value.
    const settings = page.locator('#run-1-schedule-details .schedule-settings .field');
    expect(await settings.count()).toBe(7);
    const boxes = await settings.evaluateAll((fields) =>
      fields.map((field) => {
        const label = field.querySelector('span')!.getBoundingClientRect();
        const input = field.querySelector('input')!;
        return {
          label: [label.left, label.top, label.right, label.bottom],
          inputWidth: input.getBoundingClientRect().width,
          fits: input.scrollWidth <= input.clientWidth,
        };
      }),
    );
    for (const [i, a] of boxes.entries()) {
      expect(a.inputWidth, `setting ${i}`).toBeGreaterThanOrEqual(70);
      expect(a.fits, `setting ${i} shows its value`).toBe(true);
      for (const b of boxes.slice(i + 1)) {
        const apart = a.label[2]! <= b.label[0]! || b.label[2]! <= a.label[0]! || a.label[3]! <= b.label[1]! || b.label[3]! <= a.label[1]!;
        expect(apart, `labels ${JSON.stringify(a.label)} and ${JSON.stringify(b.label)}`).toBe(true);
      }
    }
    await page.locator('#run-1-schedule-details').screenshot({ path: 'test-results/one-cycle-settings.png' });
    const total = page.getByRole('spinbutton', { name: 'OneCycleLR total_steps of run 2' });
    await total.fill('50');
    await total.press('Enter');
    await expect
      .poll(() => page.locator('#run-1-schedule-details').textContent())
      .toContain("OneCycleLR: total_steps 50 is smaller than the run's 100 steps (torch raises after step 50); make it at least 100.");
    expect((await schedule(1))!.settings.total_steps).toBe(100);
    await whenIdle(page);
    const run = await page.evaluate(() => window.curvature!.getState().runs[1]!);
    expect(run.ok).toBe(true);
  });
  it('keeps a diverging run’s 1-D picture drawable: momentum under OneCycleLR’s default max_lr', async () => {
    await page.evaluate(() =>
      window.curvature!.store.amend((d) => ({
        ...d,
        runs: d.runs.map((run, i) =>
          i === 1
            ? {
                ...run,
                schedule: {
                  name: 'OneCycleLR',
                  settings: {
                    max_lr: 0.01,
                    total_steps: 100,
                    pct_start: 0.3,
                    div_factor: 25,
                    final_div_factor: 1e4,
                    base_momentum: 0.85,
                    max_momentum: 0.95,
                  },
                },
              }
            : run,
        ),
        selectedRun: 1,
        inspected: null,
      })),
    );
    await whenIdle(page);
    const run = await page.evaluate(() => window.curvature!.getState().runs[1]!);
    expect(run.stop).toBe('diverged');
    // The step before it leaves: f along it reaches 1e19 and more.
    await page.evaluate((last) => window.curvature!.seek(last), run.pointCount - 2);
    await page.waitForFunction(() => document.querySelector('[data-curve="f"]') !== null, undefined, { timeout: 20_000 });
    const d = await page.locator('[data-curve="f"]').getAttribute('d');
    const numbers = (d ?? '').match(/-?[\d.]+(e[+-]?\d+)?/g)!.map(Number);
    expect(numbers.length).toBeGreaterThan(100);
    for (const n of numbers) expect(Math.abs(n)).toBeLessThan(1e5);
    await page.evaluate(() => window.curvature!.store.undo());
    await whenIdle(page);
  });

  it('draws the learning rate under the loss when asked, from each run’s own lrs', async () => {
    await page.locator('#run-1-schedule-details').evaluate((details) => ((details as HTMLDetailsElement).open = true));
    await page.getByRole('combobox', { name: 'Schedule of run 2' }).selectOption('StepLR');
    await page.getByRole('checkbox', { name: 'Learning rate under the loss' }).check();
    // Momentum's StepLR (step_size 25, γ 0.1) drops the lr tenfold at steps 25, 50 and 75.
    await whenIdle(page);
    const lrs = await page.evaluate(() => {
      const all = window.curvature!.getState().runs[1]!.lrs;
      return all === null ? null : [all[0]!, all[24]!, all[25]!, all[99]!];
    });
    expect(lrs).not.toBeNull();
    expect(lrs![0]).toBe(0.001);
    expect(lrs![1]).toBe(0.001);
    expect(lrs![2]).toBeCloseTo(0.0001, 15);
    expect(lrs![3]).toBeCloseTo(1e-6, 18);
    await page.screenshot({ path: `${SHOTS}/lr-strip-1280.png` });
  });
});

describe('what L-BFGS believes', () => {
  let session: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1920, height: 1080 });
    await page.evaluate(() => window.curvature!.pause());
    await whenIdle(page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is a run in the runs panel; at its iterates B is drawn as its own paraboloid and read out beside H', async () => {
    await page.getByRole('combobox', { name: 'Optimizer of run 3' }).selectOption('lbfgs');
    await page.getByRole('combobox', { name: 'Line search of run 3' }).selectOption('strong-wolfe');
    await page.evaluate(() => window.curvature!.store.amend((d) => ({ ...d, selectedRun: 2, inspected: null })));
    await whenIdle(page);
    const run = await page.evaluate(() => window.curvature!.getState().runs[2]!);
    expect(run.optimizer).toBe('lbfgs');
    expect(run.ok).toBe(true);
    expect(await page.evaluate(() => window.curvature!.getState().document.runs[2]!.params)).toEqual({
      lr: 1,
      history: 100,
      lineSearch: 'strong-wolfe',
    });
    const believed = page.locator('[data-readout="believed"]');
    // Before any curvature pair, B = I is no belief: the readout and the key say so, and no paraboloid of B is drawn.
    await page.evaluate(() => window.curvature!.seek(0));
    await expect.poll(() => believed.getAttribute('data-value')).toBe(JSON.stringify([1, 0, 0, 1, 1, 1]));
    expect(await believed.textContent()).toBe('I: no curvature pair yet');
    await expect.poll(() => page.locator('[data-curve="f"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('[data-curve="believed"]').count()).toBe(0);
    const keyText = async () => {
      await page.evaluate(() => window.curvature!.renderNow());
      return page.locator('.legends, [class*="legend"]').first().textContent();
    };
    await expect.poll(keyText, { timeout: 10_000 }).toContain('none yet: no curvature pair');
    await page.evaluate(() => window.curvature!.seek(6));
    await expect.poll(async () => JSON.parse((await believed.getAttribute('data-value')) ?? '[1]')[0]).not.toBe(1);
    expect(await believed.isVisible()).toBe(true);
    // B's row comes after all of H's, so H's eigenvalues never read as B's.
    const order = await page.locator('dl.readout dd').evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.readout));
    expect(order.indexOf('believed')).toBeGreaterThan(order.indexOf('target'));
    // The run's name in the legend stays on one line.
    const name = page.locator('.run-legend .run-name', { hasText: 'L-BFGS' }).first();
    expect((await name.boundingBox())!.height).toBeLessThan(20);
    // The 1-D picture shows the strong Wolfe search's trials along this step and the Armijo line.
    await page.waitForFunction(() => document.querySelector('[data-mark^="trial-"]') !== null, undefined, { timeout: 20_000 });
    expect(await page.locator('[data-curve="armijo"]').count()).toBe(1);
    const trials = await page
      .locator('[data-mark^="trial-"]')
      .evaluateAll((marks) => marks.map((m) => Number((m as SVGElement).dataset.t)));
    // The search ends where the step does: t = 1 on the step's line.
    expect(trials.some((t) => Math.abs(t - 1) < 1e-9)).toBe(true);
    // Its last trial is drawn over the step's own mark, not hidden under it; the key names the Armijo line.
    const marks = await page
      .locator('[data-mark="actual"], [data-mark^="trial-"]')
      .evaluateAll((marks) => marks.map((m) => (m as SVGElement).dataset.mark));
    expect(marks[0]).toBe('actual');
    expect(await page.locator('.step-line-legend').textContent()).toContain('Armijo line');
    expect(await page.locator('.step-line-legend').textContent()).toContain('parabola’s vertex');
    // What L-BFGS believes along its step is drawn too: B's parabola, dotted, and named in the key.
    expect(await page.locator('[data-curve="believed"]').count()).toBe(1);
    expect(await page.locator('.step-line-legend').textContent()).toContain('B’s parabola: curv.');
    // All nine entries of the key fit the panel, one line each.
    const side = await page.locator('.step-line-side').evaluate((element) => element.getBoundingClientRect().bottom);
    const entries = await page.locator('.step-line-legend li').evaluateAll((list) => list.map((li) => li.getBoundingClientRect()));
    expect(entries.length).toBe(9);
    for (const entry of entries) {
      expect(entry.bottom).toBeLessThanOrEqual(side);
      expect(entry.height).toBeLessThan(16);
    }
    await expect.poll(keyText, { timeout: 10_000 }).not.toContain('none yet');
    expect(await keyText()).toContain('L-BFGS’s paraboloid');
    await page.screenshot({ path: `${SHOTS}/lbfgs-believed-1920.png` });

    // Switched off, it is gone from the scene and its key.
    await page.getByRole('checkbox', { name: 'L-BFGS’s paraboloid (its Hessian estimate B)' }).uncheck();
    // The key follows the document on the next frame, not within the click.
    await expect
      .poll(async () => {
        await page.evaluate(() => window.curvature!.renderNow());
        return page.locator('.legends, [class*="legend"]').first().textContent();
      })
      .not.toContain('L-BFGS’s paraboloid');
  });
});

describe('the 1-D picture in exported frames', () => {
  const explorer = explorerForFile({ width: 1280, height: 720, paused: true });
  const collector = new ExportCollector();

  it('draws the followed run’s 1-D picture in the bottom-left corner, following the frame’s iterate', async () => {
    const { page } = explorer;
    await collector.install(page);
    await whenIdle(page);
    const document = await page.evaluate(() => window.curvature!.getState().document);
    const still = async (name: string, iteration: number, stepLine: boolean, formula = false) => {
      const doc: SessionDocument = {
        ...document,
        // Follow gradient descent (run 1): its steps along the valley change the picture from frame to frame.
        selectedRun: 0,
        inspected: null,
        timeline: { ...document.timeline, iteration },
        export: { ...document.export, include: { legend: false, formula, title: false, lossChart: false, fit: false, stepLine } },
      };
      collector.reset();
      const summary = await exportInPage(page, doc, { format: 'png', width: 1280, height: 720 });
      expect(summary.frames).toBe(1);
      const path = `${RESULTS_DIR}/${name}.png`;
      writeFileSync(path, collector.bytes());
      return Array.from(decodeRgba(path));
    };
    const [without, first, later] = [
      await still('export-no-step-line', 3, false),
      await still('export-step-line-3', 3, true),
      await still('export-step-line-60', 60, true),
    ];
    /** Rows [from, to) of a 1280-wide frame, across its left 560 pixels, where the 1-D picture and the formula stand. */
    const leftRows = (pixels: number[], from: number, to: number) => {
      const out: number[] = [];
      for (let y = from; y < to; y++) out.push(...pixels.slice(4 * (y * 1280), 4 * (y * 1280 + 560)));
      return out;
    };
    const corner = (pixels: number[]) => leftRows(pixels, 400, 720);
    expect(differing(corner(without), corner(first))).toBeGreaterThan(5000);
    expect(differing(corner(first), corner(later))).toBeGreaterThan(300);
    // Nothing of it outside that corner: the scene above is the same.
    const above = (pixels: number[]) => pixels.slice(0, 4 * 1280 * 300);
    expect(differing(above(without), above(first))).toBe(0);

    // With the formula, the picture stands above it: the formula's band at the bottom is as the formula alone draws it.
    const [formulaAlone, both] = [
      await still('export-formula-3', 3, false, true),
      await still('export-formula-step-line-3', 3, true, true),
    ];
    const band = (pixels: number[]) => leftRows(pixels, 672, 720);
    expect(differing(band(formulaAlone), band(both))).toBe(0);
    expect(differing(corner(formulaAlone), corner(both))).toBeGreaterThan(5000);
  });
});

/** Pixels whose colour differs by more than a little in some channel. */
function differing(a: readonly number[], b: readonly number[]): number {
  let count = 0;
  for (let i = 0; i < a.length; i += 4)
    if (Math.abs(a[i]! - b[i]!) > 8 || Math.abs(a[i + 1]! - b[i + 1]!) > 8 || Math.abs(a[i + 2]! - b[i + 2]!) > 8) count++;
  return count;
}
