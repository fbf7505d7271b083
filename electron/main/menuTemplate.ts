import type { MenuItemConstructorOptions } from 'electron';
import {
  COMMANDS,
  menuAccelerator,
  type CheckableCommand,
  type CommandSpec,
  type MenuChecks,
  type MenuCommand,
  type MenuName,
} from '../shared/commands.ts';
import type { RecentFile } from '../shared/contract.ts';
import { toAccelerator } from '../shared/keyChord.ts';

export interface MenuActions {
  /** Forwards a command to the focused window's page. */
  command(command: MenuCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

export interface MenuInput {
  readonly platform: NodeJS.Platform;
  readonly recent: readonly RecentFile[];
  /** Adds Reload and Toggle Developer Tools (unpackaged builds only). */
  readonly developer: boolean;
  /** The focused page's on/off settings, which tick the checkbox items. */
  readonly checked: MenuChecks;
}

/** The shell's own accelerators, for items that are roles rather than commands to the page. */
export const ROLE_ACCELERATORS = {
  quit: 'CmdOrCtrl+Q',
  fullScreenMac: 'Ctrl+Cmd+F',
  fullScreenOther: 'F11',
} as const;

const TABLE: readonly CommandSpec[] = COMMANDS;
const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * How a command's first key appears in the menu. A chord with a modifier is registered (the menu
 * carries it out); a bare key is only shown, the page carries it out so a text field keeps its
 * typing. macOS cannot show a key without registering it, so there bare keys are left out.
 */
function acceleratorOf(command: CommandSpec, mac: boolean): Pick<MenuItemConstructorOptions, 'accelerator' | 'registerAccelerator'> {
  const registered = menuAccelerator(command);
  if (registered !== undefined) return { accelerator: toAccelerator(registered) };
  const shown = command.keys[0];
  return shown === undefined || mac ? {} : { accelerator: toAccelerator(shown), registerAccelerator: false };
}

/**
 * The application menu as a plain template (main.ts passes it to Menu.buildFromTemplate), made
 * from the command table. Items that change the document are commands to the page, which owns the
 * document, its undo history and its unsaved-changes prompts.
 */
export function buildMenuTemplate(input: MenuInput, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = input.platform === 'darwin';
  const item = (command: CommandSpec): MenuItemConstructorOptions => ({
    label: command.label,
    ...acceleratorOf(command, mac),
    ...(command.checkbox ? { type: 'checkbox' as const, checked: input.checked[command.id as CheckableCommand] } : {}),
    click: () => actions.command(command.id as MenuCommand),
  });
  // About sits in the application menu on macOS, in Help elsewhere.
  const placed = (menu: MenuName, section: number) =>
    TABLE.filter((command) => command.group === menu && command.menuSection === section && !(mac && command.id === 'about')).map(item);
  const sections = (menu: MenuName): MenuItemConstructorOptions[] => {
    const numbers = [
      ...new Set(TABLE.flatMap(({ group, menuSection }) => (group === menu && menuSection !== undefined ? [menuSection] : []))),
    ];
    return numbers.sort((a, b) => a - b).flatMap((section, index) => [...(index > 0 ? [separator] : []), ...placed(menu, section)]);
  };
  const about = TABLE.find((command) => command.id === 'about')!;

  const recentItems: MenuItemConstructorOptions[] =
    input.recent.length === 0
      ? [{ label: 'No Recent Sessions', enabled: false }]
      : input.recent.map((file) => ({ label: file.name, toolTip: file.path, click: () => actions.openRecent(file.path) }));

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Curvature',
          submenu: [
            item(about),
            separator,
            { label: 'Services', role: 'services' },
            separator,
            { label: 'Hide Curvature', role: 'hide' },
            { label: 'Hide Others', role: 'hideOthers' },
            { label: 'Show All', role: 'unhide' },
            separator,
            { label: 'Quit Curvature', role: 'quit', accelerator: ROLE_ACCELERATORS.quit },
          ],
        },
      ]
    : [];

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      ...placed('File', 0),
      {
        label: 'Open Recent',
        submenu: [
          ...recentItems,
          separator,
          { label: 'Clear Recent', enabled: input.recent.length > 0, click: () => actions.clearRecent() },
        ],
      },
      separator,
      ...placed('File', 1),
      ...(mac ? [] : [separator, { label: 'Quit', role: 'quit', accelerator: ROLE_ACCELERATORS.quit } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      ...sections('Edit'),
      separator,
      // Text editing in fields (and on macOS, the only way Cmd+C/V/X/A reach a text box).
      { label: 'Cut', role: 'cut' },
      { label: 'Copy', role: 'copy' },
      { label: 'Paste', role: 'paste' },
      { label: 'Select All', role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...sections('View'),
      separator,
      {
        label: 'Full Screen',
        role: 'togglefullscreen',
        accelerator: mac ? ROLE_ACCELERATORS.fullScreenMac : ROLE_ACCELERATORS.fullScreenOther,
      },
      ...(input.developer
        ? [separator, { label: 'Reload', role: 'reload' } as const, { label: 'Toggle Developer Tools', role: 'toggleDevTools' } as const]
        : []),
    ],
  };

  return [
    ...appMenu,
    fileMenu,
    editMenu,
    viewMenu,
    { label: '&Playback', submenu: sections('Playback') },
    ...(mac ? [{ label: 'Window', role: 'windowMenu' } as const] : []),
    { label: '&Help', role: 'help', submenu: sections('Help') },
  ];
}
