import { findPreset, SESSION_LIMITS, type SessionDocument } from '../../core/index.ts';
import { runSessionJobOffPage } from '../compute/sessionCodec.ts';
import type { OpenResult } from './Platform.ts';

/** The text to save, or why the document cannot be saved (a NaN somewhere, …). */
export async function sessionTextOf(document: SessionDocument): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const text = await runSessionJobOffPage({ kind: 'serialize', document });
  return text.ok ? { ok: true, text: text.value } : { ok: false, message: `The session cannot be saved: ${text.message}` };
}

export async function openedFromText(text: string, name: string): Promise<OpenResult> {
  const parsed = await runSessionJobOffPage({ kind: 'parse-text', text });
  return parsed.ok ? { status: 'opened', document: parsed.value, name } : { status: 'failed', message: `${name}: ${parsed.message}` };
}

/** A file from an <input> or a drop, read in the page: size first, so a huge file is never loaded. */
export async function openedFromFile(file: File): Promise<OpenResult> {
  if (file.size > SESSION_LIMITS.maxBytes) {
    return {
      status: 'failed',
      message: `${file.name} is too large for a session (${(file.size / 1024 / 1024).toFixed(1)} MB; a session is at most ${SESSION_LIMITS.maxBytes / 1024 / 1024} MB).`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { status: 'failed', message: `${file.name} could not be read.` };
  }
  const parsed = await runSessionJobOffPage({ kind: 'parse-bytes', bytes });
  return parsed.ok
    ? { status: 'opened', document: parsed.value, name: file.name }
    : { status: 'failed', message: `${file.name}: ${parsed.message}` };
}

/** `rosenbrock.curvature.json` for a preset, `session.curvature.json` for a typed function. */
export function suggestedSessionName(document: SessionDocument): string {
  const preset = findPreset(document.function.trim());
  return `${preset ? preset.name : 'session'}.curvature.json`;
}
