import { defaultSession, type CameraState, type SessionDocument } from '../../core/index.ts';

/** The scene the app opens on (the core's default session): Rosenbrock, gradient descent, momentum and Newton from (−1.2, 1), the overlays following momentum. */
export const defaultDocument = (): SessionDocument => defaultSession();

/** Where "reset view" looks from. */
export const DEFAULT_CAMERA: CameraState = defaultSession().camera;
