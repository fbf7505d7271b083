/** Why a surface file could not be opened, in one sentence a person understands. */
export interface SurfaceError {
  readonly kind: 'surface';
  readonly message: string;
}

export function surfaceError(message: string): SurfaceError {
  return { kind: 'surface', message };
}
