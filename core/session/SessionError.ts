/**
 * Why a session file could not be read or written, in words a person understands. `path` names the
 * offending field (`runs[2].params.lr`) when the problem is a single field.
 */
export interface SessionError {
  readonly kind: 'session';
  readonly message: string;
  readonly path?: string;
}

export function sessionError(message: string, path?: string): SessionError {
  return path === undefined ? { kind: 'session', message } : { kind: 'session', message, path };
}
