import { isAppUrl } from './appProtocol.ts';

/**
 * Permission requests from web content: everything is refused (camera, microphone, geolocation,
 * notifications, HID, serial, USB, MIDI, …) except writing to the clipboard, which copying a
 * formula or a point needs, and only from the app's own pages.
 */
const GRANTED = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return GRANTED.has(permission) && isAppUrl(requestingUrl);
}
