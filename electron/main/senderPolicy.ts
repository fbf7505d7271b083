import { isAppUrl } from './appProtocol.ts';

/** What the main process knows about who sent an IPC message. */
export interface SenderInfo {
  readonly webContentsId: number;
  /** URL of the sending frame; null when the frame is gone (navigated away or destroyed). */
  readonly frameUrl: string | null;
  readonly isMainFrame: boolean;
}

/**
 * Only the main frame of one of the app's own windows, showing an app:// page, may use IPC. An
 * iframe, a page that navigated elsewhere, or a window the app did not create is refused.
 */
export function isTrustedSender(sender: SenderInfo, appWindows: ReadonlySet<number>): boolean {
  return appWindows.has(sender.webContentsId) && sender.isMainFrame && sender.frameUrl !== null && isAppUrl(sender.frameUrl);
}
