import { describe, expect, it } from 'vitest';
import { BRIDGE_NAME } from '../../../electron/shared/channels.ts';
import type { CurvatureDesktopApi } from '../../../electron/shared/contract.ts';
import { MENU_COMMANDS, type MenuCommand as ShellMenuCommand } from '../../../electron/shared/commands.ts';
import { BRIDGE_GLOBAL, type DesktopBridge, type MenuCommand as PageMenuCommand } from '../../../renderer/platform/DesktopBridge.ts';

/** True only when A and B are the same type; a mismatch makes the assignments below fail `tsc -b`. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// The preload's API can be used wherever the page expects its bridge, and the other way round.
const preloadAsPage = (api: CurvatureDesktopApi): DesktopBridge => api;
const pageAsPreload = (bridge: DesktopBridge): CurvatureDesktopApi => bridge;
const sameCommands: Same<ShellMenuCommand, PageMenuCommand> = true;

describe('the bridge contract between preload and page', () => {
  it('is the same on both sides (checked by the typechecker) and under the same global name', () => {
    expect([preloadAsPage, pageAsPreload].every((convert) => typeof convert === 'function')).toBe(true);
    expect(sameCommands).toBe(true);
    expect(BRIDGE_GLOBAL).toBe(BRIDGE_NAME);
  });

  it('does not collide with the page’s own automation global', () => {
    expect(BRIDGE_NAME).not.toBe('curvature');
    expect(MENU_COMMANDS.length).toBeGreaterThan(15);
  });
});
