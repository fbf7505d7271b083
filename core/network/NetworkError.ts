/** Why a network, its data or its directions cannot be used: one sentence a person can act on. */
export interface NetworkError {
  readonly message: string;
}

export const networkError = (message: string): NetworkError => ({ message });

/** A piece of a file quoted in a message: escaped (no control bytes) and short. */
export function quote(value: unknown): string {
  if (value === undefined) return 'nothing (the key is missing)';
  let text: string;
  try {
    text = typeof value === 'string' || typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  const escaped = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
  return `'${escaped.slice(1, -1)}'`;
}
