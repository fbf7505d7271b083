import { isAbsolute } from 'node:path';
import { fail, ok, quoteUntrusted, type Result } from '../../core/index.ts';
import type { InvokeChannel } from '../shared/channels.ts';
import { CHECKABLE_COMMANDS, type CheckableCommand, type MenuChecks } from '../shared/commands.ts';
import type { ChannelsCovered, InvokeArg } from '../shared/ipcMessages.ts';
import { IPC_LIMITS } from '../shared/limits.ts';

/**
 * Validation of every IPC argument from the page. The page is treated as untrusted: a compromised
 * renderer can send anything, so each channel accepts exactly its shape and sizes, nothing more.
 */
export type ArgumentCheck<T> = (value: unknown) => Result<T, string>;

/** File types an export may have; the save dialog and the written name use these. */
export const EXPORT_EXTENSIONS = ['webm', 'mp4', 'gif', 'png', 'tar'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

function shape(value: unknown, keys: readonly string[]): Result<Record<string, unknown>, string> {
  if (!isRecord(value)) return fail('expected an object');
  const extra = Object.keys(value).find((key) => !keys.includes(key));
  if (extra !== undefined) return fail(`unexpected field ${quoteUntrusted(extra)}`);
  return ok(value);
}

const text = (value: unknown, name: string, max: number): Result<string, string> =>
  typeof value === 'string' && value.length <= max ? ok(value) : fail(`${name} must be text of at most ${max} characters`);

/** Controls (C0, DEL, C1 such as NEL), format characters (direction overrides, zero-width), line and paragraph separators. */
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** Names Windows reserves for devices, with or without an extension (CON, con.txt, LPT1.json). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/**
 * A plain file name that saves the same on every system: no folders or characters Windows
 * forbids, nothing invisible or that reorders text, not `.` or `..`, not a device name, and no
 * space or dot at either end that a system would strip.
 */
export function isPlainFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= IPC_LIMITS.maxNameLength &&
    !/[/\\:*?"<>|]/.test(name) &&
    !INVISIBLE_OR_CONTROL.test(name) &&
    name.trim() === name &&
    !name.endsWith('.') &&
    !WINDOWS_DEVICE.test(name)
  );
}

/** The ids ExportSessions hands out: crypto.randomUUID, version 4. */
const EXPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const none: ArgumentCheck<undefined> = (value) => (value === undefined ? ok(undefined) : fail('expected no argument'));

const pathArgument: ArgumentCheck<{ path: string }> = (value) => {
  const fields = shape(value, ['path']);
  if (!fields.ok) return fields;
  const path = text(fields.value.path, 'path', IPC_LIMITS.maxPathLength);
  if (!path.ok) return path;
  if (!isAbsolute(path.value) || path.value.includes('\0')) return fail('path must be absolute');
  if (!path.value.toLowerCase().endsWith('.json')) return fail('only .json session files can be opened');
  return ok({ path: path.value });
};

const sessionText: ArgumentCheck<{ text: string }> = (value) => {
  const fields = shape(value, ['text']);
  if (!fields.ok) return fields;
  const body = text(fields.value.text, 'text', IPC_LIMITS.maxSessionChars);
  return body.ok ? ok({ text: body.value }) : body;
};

const exportId: ArgumentCheck<{ id: string }> = (value) => {
  const fields = shape(value, ['id']);
  if (!fields.ok) return fields;
  const id = fields.value.id;
  return typeof id === 'string' && EXPORT_ID.test(id) ? ok({ id }) : fail('id must be an export id');
};

/** Exactly one true or false for each on/off command. */
const menuChecks: ArgumentCheck<MenuChecks> = (value) => {
  const fields = shape(value, CHECKABLE_COMMANDS);
  if (!fields.ok) return fields;
  const checks = {} as Record<CheckableCommand, boolean>;
  for (const id of CHECKABLE_COMMANDS) {
    const checked = fields.value[id];
    if (typeof checked !== 'boolean') return fail(`${id} must be true or false`);
    checks[id] = checked;
  }
  return ok(checks);
};

const channelsCovered: ChannelsCovered = true;

export const ARGUMENT_CHECKS: { readonly [K in InvokeChannel]: ArgumentCheck<InvokeArg<K>> } = {
  'session:open': none,
  'session:open-recent': pathArgument,
  'session:open-dropped': pathArgument,
  'session:save': sessionText,
  'session:save-as': (value) => {
    const fields = shape(value, ['text', 'suggestedName']);
    if (!fields.ok) return fields;
    const body = text(fields.value.text, 'text', IPC_LIMITS.maxSessionChars);
    if (!body.ok) return body;
    const name = fields.value.suggestedName;
    if (typeof name !== 'string' || !isPlainFileName(name)) return fail('suggestedName must be a plain file name');
    return ok({ text: body.value, suggestedName: name });
  },
  'export:begin': (value) => {
    const fields = shape(value, ['suggestedName', 'extension']);
    if (!fields.ok) return fields;
    const { suggestedName, extension } = fields.value;
    if (typeof suggestedName !== 'string' || !isPlainFileName(suggestedName)) return fail('suggestedName must be a plain file name');
    if (!(EXPORT_EXTENSIONS as readonly unknown[]).includes(extension))
      return fail(`extension must be one of ${EXPORT_EXTENSIONS.join(', ')}`);
    return ok({ suggestedName, extension: extension as string });
  },
  'export:chunk': (value) => {
    const fields = shape(value, ['id', 'position', 'bytes']);
    if (!fields.ok) return fields;
    const id = exportId({ id: fields.value.id });
    if (!id.ok) return id;
    const { position, bytes } = fields.value;
    if (typeof position !== 'number' || !Number.isSafeInteger(position) || position < 0 || position > IPC_LIMITS.maxExportBytes)
      return fail('position must be a byte offset');
    if (!(bytes instanceof Uint8Array)) return fail('bytes must be a Uint8Array');
    if (bytes.byteLength > IPC_LIMITS.maxChunkBytes) return fail(`a chunk must be at most ${IPC_LIMITS.maxChunkBytes} bytes`);
    return ok({ id: id.value.id, position, bytes });
  },
  'export:finish': exportId,
  'export:abort': exportId,
  'recent:list': none,
  'recent:clear': none,
  'window:set-state': (value) => {
    const fields = shape(value, ['title', 'dirty']);
    if (!fields.ok) return fields;
    const title = text(fields.value.title, 'title', IPC_LIMITS.maxTitleLength);
    if (!title.ok) return title;
    if (typeof fields.value.dirty !== 'boolean') return fail('dirty must be true or false');
    return ok({ title: title.value, dirty: fields.value.dirty });
  },
  'menu:set-checks': menuChecks,
  'autosave:write': sessionText,
  'autosave:clear': none,
  'recovery:take': none,
};
void channelsCovered;
