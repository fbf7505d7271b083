import { parseSessionBytes, parseSessionText, serializeSession, type SessionDocument } from '../../core/index.ts';

/** Work on session files that needs the expression parser (a file's function is validated like a typed one). */
export type SessionJob =
  | { readonly kind: 'parse-text'; readonly text: string }
  | { readonly kind: 'parse-bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'serialize'; readonly document: SessionDocument };

export type SessionJobResult<J extends SessionJob> = J extends { kind: 'serialize' }
  ? { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string }
  : { readonly ok: true; readonly value: SessionDocument } | { readonly ok: false; readonly message: string };

/** Runs a job with core's session pipeline; the result is plain data, so it crosses a worker boundary. */
export function runSessionJob<J extends SessionJob>(job: J): SessionJobResult<J> {
  const result =
    job.kind === 'parse-text'
      ? parseSessionText(job.text)
      : job.kind === 'parse-bytes'
        ? parseSessionBytes(job.bytes)
        : serializeSession(job.document);
  return (result.ok ? { ok: true, value: result.value } : { ok: false, message: result.error.message }) as SessionJobResult<J>;
}
