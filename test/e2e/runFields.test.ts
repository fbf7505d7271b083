// The runs panel's hyperparameter fields are made from the optimizer descriptors: each optimizer
// shows exactly its own hyperparameters, labelled as its descriptor labels them, and refuses a
// value with the message the core, a saved session and the CLI give for it.
import { describe, expect, it } from 'vitest';
import { checkHyperparameter, OPTIMIZERS, OPTIMIZER_NAMES } from '../../core/index.ts';
import { explorerForFile, whenIdle } from './support/explorerPage.ts';

const ALL_LABELS = [
  ...new Set(OPTIMIZER_NAMES.flatMap((name) => Object.values(OPTIMIZERS[name].hyperparameters).map((spec) => spec.label))),
];

describe('run fields from the optimizer descriptors', () => {
  const explorer = explorerForFile({ width: 1280, height: 720, paused: true });

  it('shows each optimizer’s own hyperparameters under its descriptor’s labels, holding the run’s values', async () => {
    const { page } = explorer;
    await whenIdle(page);
    for (const name of OPTIMIZER_NAMES) {
      await page.getByLabel('Optimizer of run 1', { exact: true }).selectOption(name);
      await page.waitForFunction((wanted) => window.curvature!.getState().document.runs[0]!.optimizer === wanted, name);
      const params = (await page.evaluate(() => window.curvature!.getState())).document.runs[0]!.params;
      const own = Object.entries(OPTIMIZERS[name].hyperparameters);
      expect(Object.keys(params), name).toEqual(own.map(([key]) => key));
      for (const [key, spec] of own) {
        const field = page.getByLabel(`${spec.label} of run 1`, { exact: true });
        const value = await field.inputValue();
        if (spec.kind === 'enum') expect(value, `${name} ${key}`).toBe(params[key]);
        else expect(Number(value), `${name} ${key}`).toBe(params[key]);
      }
      const shown = own.map(([, spec]) => spec.label);
      for (const label of ALL_LABELS.filter((label) => !shown.includes(label)))
        expect(await page.getByLabel(`${label} of run 1`, { exact: true }).count(), `${name} shows ${label}`).toBe(0);
    }
  });

  it('shows every optimizer’s whole name in the run’s menu at 1280x720', async () => {
    const { page } = explorer;
    const select = page.getByLabel('Optimizer of run 1', { exact: true });
    for (const name of OPTIMIZER_NAMES) {
      await select.selectOption(name);
      // The label's width in the menu's own font, against the room its box leaves beside the arrow.
      const fit = await select.evaluate((element) => {
        const menu = element as HTMLSelectElement;
        const style = getComputedStyle(menu);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = context.measureText(menu.selectedOptions[0]!.text).width;
        const room = menu.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 18;
        return { text, room, label: menu.selectedOptions[0]!.text };
      });
      expect(fit.text, `${fit.label}: ${fit.text.toFixed(1)} px of text in ${fit.room.toFixed(1)} px`).toBeLessThanOrEqual(fit.room);
    }
    await select.selectOption('gd');
    await whenIdle(page);
  });

  it('refuses lr = 2e6 with the core’s message and keeps the run as it was', async () => {
    const { page } = explorer;
    await page.getByLabel('Optimizer of run 1', { exact: true }).selectOption('gd');
    await whenIdle(page);
    const before = (await page.evaluate(() => window.curvature!.getState())).document.runs[0]!;
    const field = page.getByLabel(`${OPTIMIZERS.gd.hyperparameters.lr!.label} of run 1`, { exact: true });
    await field.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('2e6');
    await page.keyboard.press('Tab');
    const expected = checkHyperparameter('gd', 'lr', 2e6)!.message;
    await expect.poll(() => page.locator('#run-0-problem').textContent()).toBe(expected);
    expect((await page.evaluate(() => window.curvature!.getState())).document.runs[0]).toEqual(before);
  });
});
