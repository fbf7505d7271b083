import { hasModifier, type KeyChord } from './keyChord.ts';

/** The desktop menus a command can sit in, in menu-bar order, and the help dialog's other sections. */
export const MENUS = ['File', 'Edit', 'View', 'Playback', 'Help'] as const;
export type MenuName = (typeof MENUS)[number];
export type CommandGroup = MenuName | 'Camera';

export interface CommandSpec {
  readonly id: string;
  /** The menu item's title. */
  readonly label: string;
  /** What it does, for the help dialog. */
  readonly help: string;
  readonly group: CommandGroup;
  /** The first chord is the one menus show; all of them work. */
  readonly keys: readonly KeyChord[];
  /** Where it sits in its group's menu: items of one section go together, sections are separated. Absent: not in a menu. */
  readonly menuSection?: number;
  /** An on/off setting: its menu item is a checkbox ticked from the page's state. */
  readonly checkbox?: true;
}

/**
 * Everything a person can ask the app to do by key or menu. The keyboard map, the desktop menu,
 * the help dialog and the browser's shortcuts are all made from this one table; the page supplies
 * what each command does (renderer/app/commandHandlers.ts).
 */
export const COMMANDS = [
  { id: 'new', label: 'New', help: 'New session', group: 'File', keys: ['Mod+N'], menuSection: 0 },
  { id: 'open', label: 'Open…', help: 'Open a session', group: 'File', keys: ['Mod+O'], menuSection: 0 },
  {
    id: 'open-data',
    label: 'Open Data or Surface…',
    help: 'Open a CSV data set, or a surface (a loss-landscape .h5 file or a CSV grid)',
    group: 'File',
    keys: ['Mod+Shift+O'],
    menuSection: 0,
  },
  { id: 'save', label: 'Save', help: 'Save the session', group: 'File', keys: ['Mod+S'], menuSection: 1 },
  { id: 'save-as', label: 'Save As…', help: 'Save the session under a new name', group: 'File', keys: ['Mod+Shift+S'], menuSection: 1 },
  { id: 'export', label: 'Export…', help: 'Export a video or image', group: 'File', keys: ['Mod+E'], menuSection: 1 },
  { id: 'undo', label: 'Undo', help: 'Undo', group: 'Edit', keys: ['Mod+Z'], menuSection: 0 },
  { id: 'redo', label: 'Redo', help: 'Redo', group: 'Edit', keys: ['Mod+Shift+Z', 'Mod+Y'], menuSection: 0 },
  { id: 'focus-function', label: 'Edit Function', help: 'Edit the function', group: 'Edit', keys: ['F', '/'], menuSection: 1 },
  {
    id: 'clear-inspection',
    label: 'Stop Inspecting',
    help: 'Stop inspecting a point; overlays follow the selected run',
    group: 'Edit',
    keys: ['Escape'],
  },
  {
    id: 'toggle-tangent-plane',
    label: 'Tangent Plane',
    help: 'Tangent plane on or off',
    group: 'View',
    keys: ['T'],
    menuSection: 0,
    checkbox: true,
  },
  {
    id: 'toggle-paraboloid',
    label: 'Paraboloid',
    help: 'Paraboloid on or off',
    group: 'View',
    keys: ['P'],
    menuSection: 0,
    checkbox: true,
  },
  {
    id: 'toggle-eigenvectors',
    label: 'Eigen-directions',
    help: 'Eigen-directions on or off',
    group: 'View',
    keys: ['E'],
    menuSection: 0,
    checkbox: true,
  },
  {
    id: 'toggle-loss-chart',
    label: 'Loss Chart',
    help: 'Show or hide the loss chart',
    group: 'View',
    keys: ['L'],
    menuSection: 0,
    checkbox: true,
  },
  { id: 'cycle-layout', label: 'Next Layout', help: 'Cycle the view: 3D, contour, split', group: 'View', keys: ['V'], menuSection: 1 },
  { id: 'toggle-theme', label: 'Switch Theme', help: 'Dark or light theme', group: 'View', keys: ['Mod+Shift+L'], menuSection: 1 },
  { id: 'reset-camera', label: 'Reset Camera', help: 'Reset the view', group: 'View', keys: ['R'], menuSection: 1 },
  { id: 'orbit-left', label: 'Orbit Left', help: 'Orbit the 3D view left', group: 'Camera', keys: ['A'] },
  { id: 'orbit-right', label: 'Orbit Right', help: 'Orbit the 3D view right', group: 'Camera', keys: ['D'] },
  { id: 'tilt-up', label: 'Tilt Up', help: 'Tilt the 3D view up', group: 'Camera', keys: ['W'] },
  { id: 'tilt-down', label: 'Tilt Down', help: 'Tilt the 3D view down', group: 'Camera', keys: ['S'] },
  { id: 'pan-left', label: 'Pan Left', help: 'Pan the 3D view left', group: 'Camera', keys: ['Shift+A'] },
  { id: 'pan-right', label: 'Pan Right', help: 'Pan the 3D view right', group: 'Camera', keys: ['Shift+D'] },
  { id: 'pan-up', label: 'Pan Up', help: 'Pan the 3D view up', group: 'Camera', keys: ['Shift+W'] },
  { id: 'pan-down', label: 'Pan Down', help: 'Pan the 3D view down', group: 'Camera', keys: ['Shift+S'] },
  { id: 'zoom-out', label: 'Zoom Out', help: 'Zoom out', group: 'Camera', keys: ['['] },
  { id: 'zoom-in', label: 'Zoom In', help: 'Zoom in', group: 'Camera', keys: [']'] },
  { id: 'play-pause', label: 'Play / Pause', help: 'Play or pause', group: 'Playback', keys: ['Space'], menuSection: 0 },
  {
    id: 'step-forward',
    label: 'Step Forward',
    help: 'Step one iteration forward',
    group: 'Playback',
    keys: ['ArrowRight'],
    menuSection: 0,
  },
  { id: 'step-back', label: 'Step Back', help: 'Step one iteration back', group: 'Playback', keys: ['ArrowLeft'], menuSection: 0 },
  { id: 'step-forward-ten', label: 'Step Ten Forward', help: 'Step ten iterations forward', group: 'Playback', keys: ['Shift+ArrowRight'] },
  { id: 'step-back-ten', label: 'Step Ten Back', help: 'Step ten iterations back', group: 'Playback', keys: ['Shift+ArrowLeft'] },
  { id: 'first-iteration', label: 'First Iteration', help: 'First iteration', group: 'Playback', keys: ['Home'], menuSection: 1 },
  { id: 'last-iteration', label: 'Last Iteration', help: 'Last iteration', group: 'Playback', keys: ['End'], menuSection: 1 },
  { id: 'restart', label: 'Restart', help: 'Play from the first iteration', group: 'Playback', keys: ['Shift+Home'], menuSection: 1 },
  { id: 'faster', label: 'Faster', help: 'Faster playback', group: 'Playback', keys: ['Plus', '='], menuSection: 2 },
  { id: 'slower', label: 'Slower', help: 'Slower playback', group: 'Playback', keys: ['-', '_'], menuSection: 2 },
  { id: 'keyboard-shortcuts', label: 'Keyboard Shortcuts', help: 'Show these shortcuts', group: 'Help', keys: ['?'], menuSection: 0 },
  { id: 'about', label: 'About Curvature', help: 'About Curvature', group: 'Help', keys: [], menuSection: 0 },
] as const satisfies readonly CommandSpec[];

type Table = (typeof COMMANDS)[number];
export type CommandId = Table['id'];
/** The commands the desktop menu sends to the page. */
export type MenuCommand = Extract<Table, { menuSection: number }>['id'];

/** The on/off commands, whose menu items are checkboxes. */
export type CheckableCommand = Extract<Table, { checkbox: true }>['id'];
const isCheckable = (command: CommandSpec): boolean => command.checkbox === true;
export const CHECKABLE_COMMANDS: readonly CheckableCommand[] = COMMANDS.filter(isCheckable).map(
  (command) => command.id as CheckableCommand,
);

/** Whether each on/off setting is on, as the page reports it for the menu's checkboxes. */
export type MenuChecks = Readonly<Record<CheckableCommand, boolean>>;

/** Every checkbox unticked: the menu before a page has reported its state. */
export const UNCHECKED: MenuChecks = Object.fromEntries(CHECKABLE_COMMANDS.map((id) => [id, false])) as Record<CheckableCommand, boolean>;

const inMenu = (command: CommandSpec): command is CommandSpec & { menuSection: number } => command.menuSection !== undefined;
export const MENU_COMMANDS: readonly MenuCommand[] = COMMANDS.filter(inMenu).map((command) => command.id as MenuCommand);

/**
 * The chord the desktop menu registers for itself: a menu command's first chord, when it has a
 * modifier. Bare keys stay the page's (the menu only shows them), so typing in a field is never taken.
 */
export function menuAccelerator(command: CommandSpec): KeyChord | undefined {
  const first = command.keys[0];
  return command.menuSection !== undefined && first !== undefined && hasModifier(first) ? first : undefined;
}
