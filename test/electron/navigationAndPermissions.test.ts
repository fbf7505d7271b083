import { describe, expect, it } from 'vitest';
import { decideWindowOpen, isAllowedNavigation, isAllowedRequest } from '../../electron/main/navigationPolicy.ts';
import { isPermissionGranted } from '../../electron/main/permissionPolicy.ts';

describe('navigation', () => {
  it('allows only the app entry itself (a reload)', () => {
    expect(isAllowedNavigation('app://curvature/index.html')).toBe(true);
    expect(isAllowedNavigation('app://curvature/')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'app://curvature/assets/index.js',
    'app://evil/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'about:blank',
    '',
  ])('denies %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('new windows', () => {
  it('are always denied; https links go to the system browser', () => {
    expect(decideWindowOpen('https://github.com/curvature')).toEqual({ action: 'deny', openExternally: 'https://github.com/curvature' });
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://curvature/index.html',
    'smb://host/share',
    'https://user:pw@example.com/',
    'nonsense',
  ])('never open %s anywhere', (url) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null });
  });
});

describe('requests', () => {
  it('allows the app, blob: and data: only: the app needs no network', () => {
    expect(isAllowedRequest('app://curvature/assets/a.js')).toBe(true);
    expect(isAllowedRequest('blob:app://curvature/1234')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    for (const url of ['https://cdn.example.com/x.js', 'http://127.0.0.1/', 'ws://localhost:1/', 'file:///etc/passwd'])
      expect(isAllowedRequest(url), url).toBe(false);
  });
});

describe('permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'unknown',
  ])('denies %s', (permission) => {
    expect(isPermissionGranted(permission, 'app://curvature/index.html')).toBe(false);
  });

  it('grants clipboard writes to the app only', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://curvature/index.html')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://curvature')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
  });
});
