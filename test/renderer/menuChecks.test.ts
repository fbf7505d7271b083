import { describe, expect, it } from 'vitest';
import { defaultSession } from '../../core/index.ts';
import { createCommandHandlers, runCommand } from '../../renderer/app/commandHandlers.ts';
import { menuChecks, reportMenuChecks } from '../../renderer/app/menuChecks.ts';
import { Store } from '../../renderer/app/Store.ts';
import type { MenuChecks } from '../../renderer/platform/commandTable.ts';

function window() {
  const store = new Store(defaultSession());
  const unused = () => {
    throw new Error('not used by these commands');
  };
  const handlers = createCommandHandlers({
    store,
    loop: { state: { speed: 1 } } as never,
    timeline: { toggle: unused, step: unused, seek: unused },
    camera: { setCamera: unused, nudge: unused },
    files: { newDocument: unused, open: unused, openData: unused, save: unused, openExport: unused },
    focusFunction: unused,
    travel: unused,
    showHelp: unused,
  });
  return { store, handlers };
}

describe('menu checkboxes from the command handlers', () => {
  it("reads each on/off command's state from the document", () => {
    const { store, handlers } = window();
    const view = store.document.view;
    expect(menuChecks(handlers)).toEqual({
      'toggle-tangent-plane': view.tangentPlane,
      'toggle-paraboloid': view.paraboloid,
      'toggle-eigenvectors': view.eigenvectors,
      'toggle-loss-chart': view.lossChart,
    });
    runCommand(handlers, 'toggle-paraboloid');
    expect(menuChecks(handlers)['toggle-paraboloid']).toBe(!view.paraboloid);
  });

  it('reports the state at once and again only when an edit changes a checkbox', () => {
    const { store, handlers } = window();
    const reported: MenuChecks[] = [];
    reportMenuChecks(store, handlers, { setMenuChecks: (checks) => reported.push(checks) });
    expect(reported).toHaveLength(1);
    store.edit((d) => ({ ...d, function: 'x^2 + 3*y^2' }));
    expect(reported).toHaveLength(1);
    runCommand(handlers, 'toggle-tangent-plane');
    expect(reported).toHaveLength(2);
    expect(reported[1]!['toggle-tangent-plane']).toBe(!reported[0]!['toggle-tangent-plane']);
    store.undo();
    expect(reported.map((checks) => checks['toggle-tangent-plane'])).toEqual([
      reported[0]!['toggle-tangent-plane'],
      !reported[0]!['toggle-tangent-plane'],
      reported[0]!['toggle-tangent-plane'],
    ]);
  });
});
