import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { ACCELERATORS, buildMenuTemplate } from '../../electron/main/menuTemplate.ts';
import { MENU_COMMANDS, type MenuCommand } from '../../electron/shared/menuCommands.ts';

function build(platform: NodeJS.Platform, recent = [{ path: '/s/valley.curvature.json', name: 'valley.curvature.json' }]) {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  const template = buildMenuTemplate(
    { platform, recent, developer: false },
    { command: (command) => sent.push(command), openRecent: (path) => opened.push(path), clearRecent: () => undefined },
  );
  return { template, sent, opened };
}

const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
const find = (template: MenuItemConstructorOptions[], label: string) => items(template).find((item) => item.label === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe.each(['linux', 'win32', 'darwin'] as const)('menu template on %s', (platform) => {
  it('gives every item that is not a separator a label', () => {
    for (const item of items(build(platform).template))
      if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy();
  });

  it('has the menus and items of the desktop app, with their accelerators', () => {
    const { template } = build(platform);
    const topLevel = template.map((menu) => menu.label?.replace('&', ''));
    expect(topLevel).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Playback', 'Help']));
    const expected: [string, string | undefined][] = [
      ['New', ACCELERATORS.new],
      ['Open…', ACCELERATORS.open],
      ['Open Recent', undefined],
      ['Save', ACCELERATORS.save],
      ['Save As…', ACCELERATORS.saveAs],
      ['Export…', ACCELERATORS.export],
      [platform === 'darwin' ? 'Quit Curvature' : 'Quit', ACCELERATORS.quit],
      ['Undo', ACCELERATORS.undo],
      ['Redo', platform === 'darwin' ? ACCELERATORS.redoMac : ACCELERATORS.redoOther],
      ['Tangent Plane', ACCELERATORS.tangentPlane],
      ['Paraboloid', ACCELERATORS.paraboloid],
      ['Contour View', ACCELERATORS.contourView],
      ['Switch Theme', ACCELERATORS.theme],
      ['Reset Camera', ACCELERATORS.resetCamera],
      ['Full Screen', platform === 'darwin' ? ACCELERATORS.fullScreenMac : ACCELERATORS.fullScreenOther],
      ['Play / Pause', ACCELERATORS.playPause],
      ['Step Forward', ACCELERATORS.stepForward],
      ['Keyboard Shortcuts', ACCELERATORS.shortcuts],
      ['About Curvature', undefined],
    ];
    for (const [label, accelerator] of expected) {
      const item = find(template, label);
      expect(item, label).toBeDefined();
      expect(item?.accelerator, label).toBe(accelerator);
    }
  });

  it('sends each command to the page, and opens recent files by path', () => {
    const { template, sent, opened } = build(platform);
    for (const label of ['New', 'Open…', 'Save', 'Save As…', 'Export…', 'Undo', 'Redo', 'Reset Camera', 'Play / Pause', 'About Curvature'])
      click(find(template, label));
    expect(sent).toEqual(['new', 'open', 'save', 'save-as', 'export', 'undo', 'redo', 'reset-camera', 'play-pause', 'about']);
    click(find(template, 'valley.curvature.json'));
    expect(opened).toEqual(['/s/valley.curvature.json']);
  });

  it('can reach every menu command', () => {
    const { template, sent } = build(platform);
    for (const item of items(template))
      if (typeof item.click === 'function' && item.label !== 'valley.curvature.json' && item.label !== 'Clear Recent') click(item);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it('never uses an accelerator without a modifier (it would steal typing in the function field)', () => {
    for (const item of items(build(platform).template)) {
      if (typeof item.accelerator === 'string' && item.accelerator !== 'F11')
        expect(item.accelerator, item.label).toMatch(/^(CmdOrCtrl|Cmd|Ctrl|Alt|Shift)\+/);
    }
    const accelerators = items(build(platform).template).flatMap((item) =>
      typeof item.accelerator === 'string' ? [item.accelerator] : [],
    );
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    const empty = find(build(platform, []).template, 'No Recent Sessions');
    expect(empty?.enabled).toBe(false);
  });
});
