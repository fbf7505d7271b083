/**
 * Loads a module of renderer/export by name. The test project does not compile the renderer, so
 * each test declares the shapes it uses; vitest runs the real TypeScript source.
 */
export async function loadExportModule<T>(name: string): Promise<T> {
  return (await import(new URL(`../../../renderer/export/${name}.ts`, import.meta.url).href)) as T;
}

export interface CameraState {
  readonly position: readonly [number, number, number];
  readonly target: readonly [number, number, number];
  readonly fov: number;
}

export interface CameraKeyframe {
  readonly time: number;
  readonly camera: CameraState;
}
