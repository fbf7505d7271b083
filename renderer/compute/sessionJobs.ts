import {
  importFileIntoSession,
  parseSessionBytes,
  parseSessionText,
  serializeSession,
  type ImportedFile,
  type SessionDocument,
} from '../../core/index.ts';

/**
 * Work on session files that needs the expression parser or a file reader (a file's function is
 * validated like a typed one; a data set or surface file is read and embedded).
 */
export type SessionJob =
  | { readonly kind: 'parse-text'; readonly text: string }
  | { readonly kind: 'parse-bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'serialize'; readonly document: SessionDocument }
  | { readonly kind: 'import-file'; readonly document: SessionDocument; readonly bytes: Uint8Array; readonly name: string };

type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export type SessionJobResult<J extends SessionJob> = J extends { kind: 'serialize' }
  ? Outcome<string>
  : J extends { kind: 'import-file' }
    ? Outcome<ImportedFile>
    : Outcome<SessionDocument>;

/** Runs a job with core's session pipeline; the result is plain data, so it crosses a worker boundary. */
export function runSessionJob<J extends SessionJob>(job: J): SessionJobResult<J> {
  const result =
    job.kind === 'parse-text'
      ? parseSessionText(job.text)
      : job.kind === 'parse-bytes'
        ? parseSessionBytes(job.bytes)
        : job.kind === 'import-file'
          ? importFileIntoSession(job.document, job.bytes, job.name)
          : serializeSession(job.document);
  return (result.ok ? { ok: true, value: result.value } : { ok: false, message: result.error.message }) as SessionJobResult<J>;
}
