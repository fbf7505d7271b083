import { expressionError, resolveSessionObjective, type ExpressionError, type ResolvedFunction } from '../../core/index.ts';
import type { EmbedMessage, EmbeddedKey } from './protocol.ts';

/** The latest few data sets and surfaces the page handed over (undo may return to one). */
const EMBEDDED_KEPT = 4;
const COMPILED_KEPT = 16;

/** The objective and its domain; for a loss on data its per-sample form, and the data-set preset it is, if any. */
export type CachedObjective = Pick<ResolvedFunction, 'objective' | 'domain' | 'perSample' | 'datasetPreset' | 'formula'>;

/**
 * A worker's data sets and surfaces by key, and its compiled functions by key and text, so runs,
 * inspection and every band of a surface reuse one compilation.
 */
export class ObjectiveCache {
  private readonly embedded = new Map<number, EmbedMessage>();
  private readonly compiled = new Map<string, CachedObjective>();

  embed(message: EmbedMessage): void {
    this.embedded.set(message.key, message);
    for (const old of this.embedded.keys()) if (this.embedded.size > EMBEDDED_KEPT && old !== message.key) this.embedded.delete(old);
  }

  /** What was handed over under `key`. */
  carried(key: EmbeddedKey): EmbedMessage | undefined {
    return key === null ? undefined : this.embedded.get(key);
  }

  objectiveFor(text: string, key: EmbeddedKey): { ok: true; value: CachedObjective } | { ok: false; error: ExpressionError } {
    const cacheKey = `${key ?? ''}\u0000${text}`;
    const cached = this.compiled.get(cacheKey);
    if (cached) return { ok: true, value: cached };
    const carried = this.carried(key);
    if (key !== null && carried === undefined)
      return { ok: false, error: expressionError('The data set or surface of this scene is no longer loaded; open it again.', 0, 0) };
    const resolved = resolveSessionObjective({ function: text, data: carried?.data ?? null, surface: carried?.surface ?? null });
    if (!resolved.ok) {
      const error = resolved.error;
      return { ok: false, error: error.kind === 'expression' ? error : expressionError(error.message, 0, 0) };
    }
    if (this.compiled.size > COMPILED_KEPT) this.compiled.clear();
    const { objective, domain, perSample, datasetPreset, formula } = resolved.value;
    const entry = { objective, domain, perSample, datasetPreset, formula };
    this.compiled.set(cacheKey, entry);
    return { ok: true, value: entry };
  }
}
