import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExplorer, type ExplorerSession } from './support/explorerPage.ts';

/**
 * A function edit rebuilds the axes and replaces the runs' paths. Disposing their materials would
 * release three.js's shader programs, and every edit would link them again at the next frame (the
 * largest cost of an edit with software WebGL). Counted at the source: every shader the page hands
 * to WebGL.
 */
describe('function edits keep the compiled shader programs', () => {
  let explorer: ExplorerSession;
  beforeAll(async () => {
    explorer = await startExplorer();
  });
  afterAll(async () => {
    await explorer?.close();
  });

  it('after the first frames, five edits compile no shader at all', async () => {
    const page = await explorer.browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.addInitScript(() => {
      const scope = globalThis as unknown as { shadersCompiled: string[] };
      scope.shadersCompiled = [];
      const shaderSource = WebGL2RenderingContext.prototype.shaderSource;
      WebGL2RenderingContext.prototype.shaderSource = function (shader, source) {
        scope.shadersCompiled.push(/#define SHADER_TYPE (\S+)/.exec(source)?.[1] ?? 'unnamed');
        shaderSource.call(this, shader, source);
      };
    });
    await page.goto(`${explorer.server.url}?autoplay=0`);
    await page.waitForFunction(() => window.curvature !== undefined, undefined, { timeout: 120_000 });
    const edit = (from: number) =>
      page.evaluate(async (from) => {
        const hook = window.curvature!;
        await hook.ready;
        for (let k = from; k < from + 5; k++) {
          if (!(await hook.setFunction(`x^2 + ${k + 2}*y^2 + sin(${k + 1}*x*y)`))) throw new Error('edit failed');
          await hook.whenIdle();
          await hook.renderNow();
        }
        const scope = globalThis as unknown as { shadersCompiled: string[] };
        return scope.shadersCompiled.splice(0);
      }, from);
    expect((await edit(0)).length).toBeGreaterThan(0); // the first frames compile every program once
    expect(await edit(10)).toEqual([]);
  });
});
