/**
 * The command table and its key notation, shared with the desktop shell's menu: the one thing
 * the page takes from electron/, so that keys, menu and help cannot disagree.
 */
export {
  CHECKABLE_COMMANDS,
  COMMANDS,
  MENUS,
  type CheckableCommand,
  type CommandGroup,
  type CommandId,
  type CommandSpec,
  type MenuChecks,
  type MenuCommand,
  menuAccelerator,
} from '../../electron/shared/commands.ts';
export { chordIdentity, chordLabel, parseChord, type KeyChord, type ParsedChord } from '../../electron/shared/keyChord.ts';
