import { writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addRecent, MAX_RECENT_FILES, RecentFiles } from '../../electron/main/recentFiles.ts';
import { MIN_WINDOW_SIZE, parseWindowPlacement, placeOnScreens, WindowStateStore, type Rect } from '../../electron/main/windowState.ts';
import { useTempFolders } from './support/tempFolder.ts';

describe('recent files', () => {
  const tempFolder = useTempFolders();

  it('keeps the newest first, without duplicates, at most ten', () => {
    let list: string[] = [];
    for (let index = 0; index < 15; index++) list = addRecent(list, `/s/${index}.json`);
    list = addRecent(list, '/s/10.json');
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list[0]).toBe('/s/10.json');
    expect(new Set(list).size).toBe(list.length);
  });

  it('persists across runs and forgets files that were deleted', async () => {
    const folder = await tempFolder();
    const a = join(folder, 'a.curvature.json');
    const b = join(folder, 'b.curvature.json');
    await writeFile(a, '{}');
    await writeFile(b, '{}');
    const first = new RecentFiles(folder);
    await first.add(a);
    await first.add(b);
    await rm(a);
    const next = new RecentFiles(folder);
    await next.load();
    expect(next.list()).toEqual([{ path: b, name: 'b.curvature.json' }]);
    expect(next.has(a)).toBe(false);
  });

  it('survives a damaged list file', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'recent-files.json'), '[1, {"x": 2}, "');
    const recent = new RecentFiles(folder);
    await recent.load();
    expect(recent.list()).toEqual([]);
  });
});

describe('window state', () => {
  const tempFolder = useTempFolders();
  const laptop: Rect = { x: 0, y: 0, width: 1440, height: 900 };
  const monitor: Rect = { x: 1440, y: 0, width: 2560, height: 1440 };

  it('opens the first time centred on the primary screen at the default size', () => {
    expect(placeOnScreens(undefined, [laptop], laptop)).toEqual({ x: 80, y: 50, width: 1280, height: 800 });
  });

  it('restores bounds that are still on a screen', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 1000 };
    expect(placeOnScreens(saved, [laptop, monitor], laptop)).toEqual(saved);
  });

  it('moves a window whose monitor is gone back onto the primary screen, fitting it', () => {
    const saved = { x: 1600, y: 100, width: 2000, height: 1200 };
    expect(placeOnScreens(saved, [laptop], laptop)).toEqual({ x: 0, y: 0, width: 1440, height: 900 });
  });

  it('pulls a window whose title bar is above the screen back down, and keeps the minimum size', () => {
    const placed = placeOnScreens({ x: 100, y: -10, width: 300, height: 200 }, [laptop], laptop);
    expect(placed.y).toBeGreaterThanOrEqual(0);
    expect(placed.width).toBe(MIN_WINDOW_SIZE.width);
    expect(placed.height).toBe(MIN_WINDOW_SIZE.height);
  });

  it('refuses stored bounds that are not what the app wrote', () => {
    expect(parseWindowPlacement({ bounds: { x: 0, y: 0, width: -5, height: 10 } })).toBeUndefined();
    expect(parseWindowPlacement({ bounds: { x: 'a', y: 0, width: 5, height: 10 } })).toBeUndefined();
    expect(parseWindowPlacement(null)).toBeUndefined();
    expect(parseWindowPlacement({ bounds: { x: 1, y: 2, width: 900, height: 700 }, maximized: true })).toEqual({
      bounds: { x: 1, y: 2, width: 900, height: 700 },
      maximized: true,
    });
  });

  it('remembers size, position and maximized across runs', async () => {
    const folder = await tempFolder();
    await new WindowStateStore(folder).save({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
    expect(await new WindowStateStore(folder).load()).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
    await writeFile(join(folder, 'window-state.json'), 'not json');
    expect(await new WindowStateStore(folder).load()).toBeUndefined();
  });
});
