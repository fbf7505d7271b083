import type { MenuItemConstructorOptions } from 'electron';
import type { RecentFile } from '../shared/contract.ts';
import type { MenuCommand } from '../shared/menuCommands.ts';

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
}

/**
 * Accelerators that never steal a key from the function field: every one has a modifier, so
 * typing x, y, space or digits in a text box is never taken by the menu.
 */
export const ACCELERATORS = {
  new: 'CmdOrCtrl+N',
  open: 'CmdOrCtrl+O',
  save: 'CmdOrCtrl+S',
  saveAs: 'CmdOrCtrl+Shift+S',
  export: 'CmdOrCtrl+E',
  quit: 'CmdOrCtrl+Q',
  undo: 'CmdOrCtrl+Z',
  redoMac: 'Cmd+Shift+Z',
  redoOther: 'Ctrl+Y',
  tangentPlane: 'CmdOrCtrl+1',
  paraboloid: 'CmdOrCtrl+2',
  eigenvectors: 'CmdOrCtrl+3',
  contourView: 'CmdOrCtrl+4',
  theme: 'CmdOrCtrl+Shift+L',
  resetCamera: 'CmdOrCtrl+Shift+H',
  fullScreenMac: 'Ctrl+Cmd+F',
  fullScreenOther: 'F11',
  playPause: 'CmdOrCtrl+P',
  stepForward: 'CmdOrCtrl+Right',
  stepBack: 'CmdOrCtrl+Left',
  restart: 'CmdOrCtrl+Shift+Left',
  faster: 'CmdOrCtrl+]',
  slower: 'CmdOrCtrl+[',
  shortcuts: 'CmdOrCtrl+/',
} as const;

/**
 * The application menu as a plain template (main.ts passes it to Menu.buildFromTemplate). Items
 * that change the document are commands to the page, which owns the document, its undo history
 * and its unsaved-changes prompts.
 */
export function buildMenuTemplate(input: MenuInput, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = input.platform === 'darwin';
  const send = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.command(command),
  });
  const recentItems: MenuItemConstructorOptions[] =
    input.recent.length === 0
      ? [{ label: 'No Recent Sessions', enabled: false }]
      : input.recent.map((file) => ({ label: file.name, toolTip: file.path, click: () => actions.openRecent(file.path) }));

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Curvature',
          submenu: [
            send('About Curvature', 'about'),
            { type: 'separator' },
            { label: 'Services', role: 'services' },
            { type: 'separator' },
            { label: 'Hide Curvature', role: 'hide' },
            { label: 'Hide Others', role: 'hideOthers' },
            { label: 'Show All', role: 'unhide' },
            { type: 'separator' },
            { label: 'Quit Curvature', role: 'quit', accelerator: ACCELERATORS.quit },
          ],
        },
      ]
    : [];

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      send('New', 'new', ACCELERATORS.new),
      send('Open…', 'open', ACCELERATORS.open),
      {
        label: 'Open Recent',
        submenu: [
          ...recentItems,
          { type: 'separator' },
          { label: 'Clear Recent', enabled: input.recent.length > 0, click: () => actions.clearRecent() },
        ],
      },
      { type: 'separator' },
      send('Save', 'save', ACCELERATORS.save),
      send('Save As…', 'save-as', ACCELERATORS.saveAs),
      send('Export…', 'export', ACCELERATORS.export),
      ...(mac
        ? []
        : ([{ type: 'separator' }, { label: 'Quit', role: 'quit', accelerator: ACCELERATORS.quit }] as MenuItemConstructorOptions[])),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      send('Undo', 'undo', ACCELERATORS.undo),
      send('Redo', 'redo', mac ? ACCELERATORS.redoMac : ACCELERATORS.redoOther),
      { type: 'separator' },
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
      send('Tangent Plane', 'toggle-tangent-plane', ACCELERATORS.tangentPlane),
      send('Paraboloid', 'toggle-paraboloid', ACCELERATORS.paraboloid),
      send('Eigenvectors', 'toggle-eigenvectors', ACCELERATORS.eigenvectors),
      { type: 'separator' },
      send('Contour View', 'toggle-contour-view', ACCELERATORS.contourView),
      send('Switch Theme', 'toggle-theme', ACCELERATORS.theme),
      send('Reset Camera', 'reset-camera', ACCELERATORS.resetCamera),
      { type: 'separator' },
      { label: 'Full Screen', role: 'togglefullscreen', accelerator: mac ? ACCELERATORS.fullScreenMac : ACCELERATORS.fullScreenOther },
      ...(input.developer
        ? ([
            { type: 'separator' },
            { label: 'Reload', role: 'reload' },
            { label: 'Toggle Developer Tools', role: 'toggleDevTools' },
          ] as MenuItemConstructorOptions[])
        : []),
    ],
  };

  const playbackMenu: MenuItemConstructorOptions = {
    label: '&Playback',
    submenu: [
      send('Play / Pause', 'play-pause', ACCELERATORS.playPause),
      send('Step Forward', 'step-forward', ACCELERATORS.stepForward),
      send('Step Back', 'step-back', ACCELERATORS.stepBack),
      send('Restart', 'restart', ACCELERATORS.restart),
      { type: 'separator' },
      send('Faster', 'faster', ACCELERATORS.faster),
      send('Slower', 'slower', ACCELERATORS.slower),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [send('Keyboard Shortcuts', 'keyboard-shortcuts', ACCELERATORS.shortcuts), ...(mac ? [] : [send('About Curvature', 'about')])],
  };

  return [
    ...appMenu,
    fileMenu,
    editMenu,
    viewMenu,
    playbackMenu,
    ...(mac ? [{ label: 'Window', role: 'windowMenu' } as MenuItemConstructorOptions] : []),
    helpMenu,
  ];
}
