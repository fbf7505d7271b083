/**
 * Content security policies, sent as response headers by the app:// protocol.
 *
 * The document never gets 'unsafe-eval'. The math worker does: the core compiles each validated
 * expression tree to a JavaScript function with `new Function`, and it runs only inside that
 * dedicated worker (renderer/compute/mathWorker.ts), whose script is served with its own policy.
 * A worker loaded from a URL is governed by the policy of its own response, not the page's.
 */

const policy = (directives: Record<string, readonly string[]>): string =>
  Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

export const DOCUMENT_CSP = policy({
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  // Inline style attributes set by the UI; no inline <script> is ever allowed.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'media-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
});

export const MATH_WORKER_CSP = policy({
  'default-src': ["'none'"],
  'script-src': ["'self'", "'unsafe-eval'"],
  'connect-src': ["'self'"],
  // Its helpers for bands of a surface's rows (renderer/compute/RowPool.ts).
  'worker-src': ["'self'"],
});

/** Every other file (scripts, styles, images) gets the document's policy. */
export const ASSET_CSP = DOCUMENT_CSP;

/**
 * The built math worker and its helper for bands of rows: `mathWorker` or `mathWorkerRows`, then an
 * optional content hash, `.js`, in the build's assets folder (vite writes
 * `assets/mathWorker-<hash>.js`). Nothing else matches, not even a file whose name merely contains
 * the word elsewhere.
 */
const MATH_WORKER_FILE = /^assets\/mathWorker(?:Rows)?(?:[-.][A-Za-z0-9_-]+)?\.js$/;

export function isMathWorkerPath(relativePath: string): boolean {
  return MATH_WORKER_FILE.test(relativePath);
}

export function cspFor(relativePath: string): string {
  return isMathWorkerPath(relativePath) ? MATH_WORKER_CSP : relativePath.endsWith('.html') ? DOCUMENT_CSP : ASSET_CSP;
}
