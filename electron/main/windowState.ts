import { join } from 'node:path';
import { atomicWrite, type AtomicFileOptions } from './atomicFile.ts';
import { nodeFileSystem, type FileSystem } from './fileSystem.ts';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowPlacement {
  readonly bounds: Rect;
  readonly maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;
/** How much of the window (from its top-left, where the title bar is) must be on a screen to keep it there. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

const overlap = (a: Rect, b: Rect): Rect => {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y),
  };
};

const centered = (size: { width: number; height: number }, area: Rect): Rect => {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return { x: Math.round(area.x + (area.width - width) / 2), y: Math.round(area.y + (area.height - height) / 2), width, height };
};

/**
 * Where to open the window: the remembered bounds when their title bar is still on one of the
 * screens (made to fit that screen), else the remembered size centred on the primary screen.
 * Screens change between runs (a laptop leaves its monitor), so saved bounds are never trusted as is.
 */
export function placeOnScreens(saved: Rect | undefined, workAreas: readonly Rect[], primary: Rect): Rect {
  const wanted = saved ?? { x: primary.x, y: primary.y, ...DEFAULT_WINDOW_SIZE };
  const size = { width: Math.max(MIN_WINDOW_SIZE.width, wanted.width), height: Math.max(MIN_WINDOW_SIZE.height, wanted.height) };
  if (!saved) return centered(size, primary);
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: MIN_VISIBLE.height };
  const home = workAreas
    .map((area) => ({ area, visible: overlap(titleBar, area) }))
    .filter(({ visible }) => visible.width >= Math.min(MIN_VISIBLE.width, saved.width) && visible.height >= MIN_VISIBLE.height / 2)
    .sort((a, b) => b.visible.width * b.visible.height - a.visible.width * a.visible.height)[0]?.area;
  if (!home) return centered(size, primary);
  const width = Math.min(size.width, home.width);
  const height = Math.min(size.height, home.height);
  const x = Math.min(Math.max(saved.x, home.x), home.x + home.width - width);
  const y = Math.min(Math.max(saved.y, home.y), home.y + home.height - height);
  return { x, y, width, height };
}

const isRect = (value: unknown): value is Rect =>
  typeof value === 'object' &&
  value !== null &&
  (['x', 'y', 'width', 'height'] as const).every((key) => Number.isFinite((value as Record<string, unknown>)[key])) &&
  (value as Rect).width > 0 &&
  (value as Rect).height > 0 &&
  (value as Rect).width < 100_000 &&
  (value as Rect).height < 100_000;

/** The stored placement, or undefined when the file is missing or not what this app wrote. */
export function parseWindowPlacement(value: unknown): WindowPlacement | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { bounds, maximized } = value as Record<string, unknown>;
  if (!isRect(bounds)) return undefined;
  return { bounds: { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height }, maximized: maximized === true };
}

/** Window size and position, remembered in the app's data folder. */
export class WindowStateStore {
  private readonly fs: FileSystem;

  constructor(
    private readonly folder: string,
    private readonly options: AtomicFileOptions = {},
  ) {
    this.fs = options.fs ?? nodeFileSystem;
  }

  private get file(): string {
    return join(this.folder, 'window-state.json');
  }

  async load(): Promise<WindowPlacement | undefined> {
    try {
      return parseWindowPlacement(JSON.parse(new TextDecoder().decode(await this.fs.readFile(this.file))));
    } catch {
      return undefined;
    }
  }

  async save(placement: WindowPlacement): Promise<void> {
    await this.fs.mkdir(this.folder);
    await atomicWrite(this.file, new TextEncoder().encode(`${JSON.stringify(placement)}\n`), this.options);
  }
}
