import { CHECKABLE_COMMANDS, type CheckableCommand, type MenuChecks } from '../platform/commandTable.ts';
import type { Platform } from '../platform/Platform.ts';
import type { CommandHandlers } from './commandHandlers.ts';
import type { Store } from './Store.ts';

/** Whether each on/off command's setting is on now, from its handler. */
export function menuChecks(handlers: CommandHandlers): MenuChecks {
  const checks = {} as Record<CheckableCommand, boolean>;
  for (const id of CHECKABLE_COMMANDS) checks[id] = handlers[id].checked();
  return checks;
}

/** Tells the platform the on/off settings now and whenever an edit changes one (not on every edit: each report rebuilds the menu). */
export function reportMenuChecks(
  store: Pick<Store, 'subscribe'>,
  handlers: CommandHandlers,
  platform: Pick<Platform, 'setMenuChecks'>,
): void {
  let reported: MenuChecks | undefined;
  const report = () => {
    const checks = menuChecks(handlers);
    if (reported && CHECKABLE_COMMANDS.every((id) => reported![id] === checks[id])) return;
    reported = checks;
    platform.setMenuChecks(checks);
  };
  report();
  store.subscribe(report);
}
