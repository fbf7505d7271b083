import { realpath, readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { cspFor } from './contentSecurityPolicy.ts';

/** Pages are served as app://curvature/…, a standard, secure scheme (never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'curvature';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
};

/** True for URLs of the app's own pages (Node's URL gives custom schemes an opaque origin, so compare parts). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === '' &&
      parsed.port === ''
    );
  } catch {
    return false;
  }
}

export type Resolution =
  | { readonly ok: true; readonly filePath: string; readonly relativePath: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404 };

/**
 * Maps an app:// URL to a file inside `root`, or refuses it. Refused: other schemes and hosts,
 * undecodable or NUL-bearing paths, backslashes, `..` segments (also when percent-encoded), and
 * anything that would resolve outside `root`.
 */
export function resolveAppUrl(url: string, root: string): Resolution {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (!isAppUrl(url)) return { ok: false, status: 403 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400 };
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..' || segment.includes(':'))) return { ok: false, status: 403 };
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/');
  const rootPath = resolve(root);
  const filePath = resolve(rootPath, ...relativePath.split('/'));
  const inside = relative(rootPath, filePath);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return { ok: false, status: 403 };
  return { ok: true, filePath, relativePath };
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
} as const;

const refusal = (status: number) => new Response(null, { status, headers: SECURITY_HEADERS });

/**
 * The app:// protocol handler: serves a file of the built renderer with its content type and
 * policy. Symbolic links are followed only when their target is still inside `root`.
 */
export async function serveAppRequest(url: string, root: string): Promise<Response> {
  const resolution = resolveAppUrl(url, root);
  if (!resolution.ok) return refusal(resolution.status);
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(resolution.filePath)]);
    const inside = relative(realRoot, realFile);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return refusal(403);
    const body = await readFile(realFile);
    return new Response(body, {
      status: 200,
      headers: {
        ...SECURITY_HEADERS,
        'Content-Type': MIME_TYPES[extname(realFile).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': cspFor(resolution.relativePath),
      },
    });
  } catch {
    return refusal(404);
  }
}
