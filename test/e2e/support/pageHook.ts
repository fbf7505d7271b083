/**
 * The parts of the page's `window.curvature` hook (renderer/app/automationHook.ts) that tests use.
 * Declared here because the test project does not compile the renderer.
 */
export interface RunStateView {
  readonly id: string;
  readonly optimizer: string;
  readonly color: string;
  readonly ok: boolean;
  readonly stop: string | null;
  readonly message: string;
  readonly pointCount: number;
  readonly current: { readonly index: number; readonly x: number; readonly y: number; readonly f: number } | null;
  readonly markerScreen: { readonly x: number; readonly y: number } | null;
}

export interface FocusView {
  readonly valid: boolean;
  readonly x: number;
  readonly y: number;
  readonly f: number;
  readonly gx: number;
  readonly gy: number;
  readonly hxx: number;
  readonly hxy: number;
  readonly hyy: number;
  readonly l1: number;
  readonly l2: number;
  readonly shape: string | null;
  readonly hasTarget: boolean;
  readonly tx: number;
  readonly ty: number;
  readonly tf: number;
}

export interface PageStateView {
  readonly document: {
    readonly function: string;
    readonly inspected: readonly [number, number] | null;
    readonly domain: { x: [number, number]; y: [number, number] };
    readonly [key: string]: unknown;
  };
  readonly idle: boolean;
  readonly playing: boolean;
  readonly iteration: number;
  readonly lastIteration: number;
  readonly framesDrawn: number;
  readonly surface: {
    readonly indexCount: number;
    readonly allocations: number;
    readonly heightScale: string;
    readonly valueRange: { min: number; max: number } | null;
  } | null;
  readonly runs: readonly RunStateView[];
  readonly focus: FocusView;
  readonly inspected: {
    readonly value: number;
    readonly gradient: [number, number];
    readonly hessian: [[number, number], [number, number]];
    readonly eigenvalues: [number, number];
    readonly shape: string;
  } | null;
  readonly target: { readonly world: readonly [number, number, number]; readonly screen: { x: number; y: number } | null } | null;
  readonly functionError: string;
  readonly lastFunctionApplyMs: number;
}

export interface HookView {
  readonly ready: Promise<void>;
  readonly store: {
    readonly document: unknown;
    edit(change: (document: never) => never, coalesce?: string): void;
    amend(change: (document: never) => never): void;
    undo(): boolean;
    redo(): boolean;
    readonly canUndo: boolean;
  };
  getState(): PageStateView;
  play(): void;
  pause(): void;
  seek(iteration: number): void;
  step(direction: -1 | 1): void;
  whenIdle(): Promise<void>;
  setFunction(text: string): Promise<boolean>;
  project(x: number, y: number, f: number): { x: number; y: number } | null;
  renderNow(): void;
}

declare global {
  interface Window {
    curvature?: HookView;
  }
}
