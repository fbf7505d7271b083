import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, ROLE_ACCELERATORS } from '../../electron/main/menuTemplate.ts';
import {
  CHECKABLE_COMMANDS,
  COMMANDS,
  MENU_COMMANDS,
  UNCHECKED,
  type CommandSpec,
  type MenuChecks,
  type MenuCommand,
} from '../../electron/shared/commands.ts';
import { hasModifier, toAccelerator } from '../../electron/shared/keyChord.ts';

function build(
  platform: NodeJS.Platform,
  recent = [{ path: '/s/valley.curvature.json', name: 'valley.curvature.json' }],
  checked: MenuChecks = UNCHECKED,
) {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  const template = buildMenuTemplate(
    { platform, recent, developer: false, checked },
    { command: (command) => sent.push(command), openRecent: (path) => opened.push(path), clearRecent: () => undefined },
  );
  return { template, sent, opened };
}

const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
const find = (template: MenuItemConstructorOptions[], label: string) => items(template).filter((item) => item.label === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();
const menuOf = (template: MenuItemConstructorOptions[], label: string) =>
  template.find((menu) => menu.label?.replace('&', '') === label)?.submenu as MenuItemConstructorOptions[];
const inMenus: readonly CommandSpec[] = (COMMANDS as readonly CommandSpec[]).filter((command) => command.menuSection !== undefined);

describe.each(['linux', 'win32', 'darwin'] as const)('menu template on %s', (platform) => {
  const mac = platform === 'darwin';

  it('gives every item that is not a separator a label', () => {
    for (const item of items(build(platform).template))
      if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy();
  });

  it("holds each of the table's menu commands once, in its group's menu, with the table's first key", () => {
    const { template } = build(platform);
    for (const command of inMenus) {
      const found = find(template, command.label);
      expect(found, command.id).toHaveLength(1);
      const [item] = found;
      const menu = mac && command.id === 'about' ? 'Curvature' : command.group;
      expect(menuOf(template, menu), command.id).toContain(item);
      const first = command.keys[0];
      if (first === undefined) expect(item?.accelerator, command.id).toBeUndefined();
      else if (hasModifier(first)) {
        expect(item?.accelerator, command.id).toBe(toAccelerator(first));
        expect(item?.registerAccelerator, command.id).toBeUndefined();
      } else if (mac) expect(item?.accelerator, command.id).toBeUndefined();
      else {
        // Shown, not registered: the page takes the bare key, so typing in a field is never stolen.
        expect(item?.accelerator, command.id).toBe(toAccelerator(first));
        expect(item?.registerAccelerator, command.id).toBe(false);
      }
    }
  });

  it("makes each on/off command a checkbox ticked from the page's state, and no other item", () => {
    expect(CHECKABLE_COMMANDS).toEqual(['toggle-tangent-plane', 'toggle-paraboloid', 'toggle-eigenvectors', 'toggle-loss-chart']);
    const checked: MenuChecks = { ...UNCHECKED, 'toggle-tangent-plane': true, 'toggle-loss-chart': true };
    const { template, sent } = build(platform, [], checked);
    const item = (id: string) => find(template, COMMANDS.find((command) => command.id === id)!.label)[0];
    expect(CHECKABLE_COMMANDS.map((id) => [item(id)?.type, item(id)?.checked])).toEqual([
      ['checkbox', true],
      ['checkbox', false],
      ['checkbox', false],
      ['checkbox', true],
    ]);
    expect(items(template).filter((entry) => entry.type === 'checkbox')).toHaveLength(CHECKABLE_COMMANDS.length);
    // Ticking one sends its command to the page, which then reports the new state.
    click(item('toggle-paraboloid'));
    expect(sent).toEqual(['toggle-paraboloid']);
    const unticked = build(platform, [], UNCHECKED).template;
    expect(items(unticked).filter((entry) => entry.type === 'checkbox' && entry.checked)).toEqual([]);
  });

  it('shows the same keys as the page for the overlay toggles, the layout and playback', () => {
    if (mac) return;
    const { template } = build(platform);
    const accelerator = (label: string) => find(template, label)[0]?.accelerator;
    expect(['Tangent Plane', 'Paraboloid', 'Eigen-directions', 'Next Layout', 'Play / Pause', 'Step Forward'].map(accelerator)).toEqual([
      'T',
      'P',
      'E',
      'V',
      'Space',
      'Right',
    ]);
  });

  it('sends each command to the page, and opens recent files by path', () => {
    const { template, sent, opened } = build(platform);
    for (const label of ['New', 'Open…', 'Save', 'Save As…', 'Export…', 'Undo', 'Redo', 'Next Layout', 'Play / Pause', 'About Curvature'])
      click(find(template, label)[0]);
    expect(sent).toEqual(['new', 'open', 'save', 'save-as', 'export', 'undo', 'redo', 'cycle-layout', 'play-pause', 'about']);
    click(find(template, 'valley.curvature.json')[0]);
    expect(opened).toEqual(['/s/valley.curvature.json']);
  });

  it('can reach every menu command of the table', () => {
    const { template, sent } = build(platform);
    for (const item of items(template))
      if (typeof item.click === 'function' && item.label !== 'valley.curvature.json' && item.label !== 'Clear Recent') click(item);
    expect(sent).toHaveLength(MENU_COMMANDS.length);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it('registers only accelerators with a modifier (a bare key would steal typing in the function field), each once', () => {
    const registered = items(build(platform).template).flatMap((item) =>
      typeof item.accelerator === 'string' && item.registerAccelerator !== false ? [item.accelerator] : [],
    );
    for (const accelerator of registered) if (accelerator !== 'F11') expect(accelerator).toMatch(/^(CmdOrCtrl|Cmd|Ctrl|Alt|Shift)\+/);
    expect(new Set(registered).size).toBe(registered.length);
    expect(registered).toContain(ROLE_ACCELERATORS.quit);
    expect(registered).toContain(mac ? ROLE_ACCELERATORS.fullScreenMac : ROLE_ACCELERATORS.fullScreenOther);
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    const [empty] = find(build(platform, []).template, 'No Recent Sessions');
    expect(empty?.enabled).toBe(false);
  });
});
