import { isAppUrl } from './appProtocol.ts';

/**
 * Navigation and new windows, denied by default. The page is a single document: it never needs to
 * navigate, so only a reload of the app's own entry is allowed. Links to the web (the About box's
 * project page) open in the person's browser, and only if they are https.
 */
export function isAllowedNavigation(url: string): boolean {
  if (!isAppUrl(url)) return false;
  const { pathname } = new URL(url);
  return pathname === '/' || pathname === '/index.html';
}

export interface WindowOpenDecision {
  readonly action: 'deny';
  /** An https URL to hand to the system browser, or null. */
  readonly openExternally: string | null;
}

export function decideWindowOpen(url: string): WindowOpenDecision {
  try {
    const parsed = new URL(url);
    const external = parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' ? parsed.toString() : null;
    return { action: 'deny', openExternally: external };
  } catch {
    return { action: 'deny', openExternally: null };
  }
}

/**
 * Requests the app's pages may make: their own files, in-memory blob: URLs the app's own pages
 * created (exported frames) and data: URLs (images). The app needs no network, so http(s), web
 * sockets, blob: URLs of any other origin and every other scheme are cancelled.
 */
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  if (/^blob:/i.test(url)) return isAppUrl(url.slice('blob:'.length));
  return /^data:/i.test(url);
}
