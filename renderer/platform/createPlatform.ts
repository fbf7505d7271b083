import { browserEnvironment, browserPlatform } from './browserPlatform.ts';
import { BRIDGE_GLOBAL, type DesktopBridge } from './DesktopBridge.ts';
import { desktopPlatform } from './desktopPlatform.ts';
import type { Platform } from './Platform.ts';

const isBridge = (value: unknown): value is DesktopBridge =>
  typeof value === 'object' && value !== null && typeof (value as { openSession?: unknown }).openSession === 'function';

/** The desktop bridge when the preload provided one, else the browser fallback. Call once at start. */
export function createPlatform(page: Window = window): Platform {
  const bridge: unknown = (page as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  return isBridge(bridge) ? desktopPlatform(bridge) : browserPlatform(browserEnvironment(page));
}
