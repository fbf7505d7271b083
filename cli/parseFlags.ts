import { UsageError } from './UsageError.ts';

export type Flags = ReadonlyMap<string, string>;

/**
 * `--name value` and `--name=value` pairs, plus positional arguments. Each command says which
 * flags it knows, and an unknown one is an error rather than silently ignored.
 */
export function parseFlags(args: readonly string[], known: readonly string[], shorthands: Readonly<Record<string, string>> = {}) {
  const flags = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const short = Object.hasOwn(shorthands, arg) ? shorthands[arg] : undefined;
    if (!arg.startsWith('--') && short === undefined) {
      positionals.push(arg);
      continue;
    }
    const [rawName, inlineValue] = short !== undefined ? [short, undefined] : splitOnce(arg.slice(2));
    if (!known.includes(rawName)) {
      throw new UsageError(`Unknown flag --${rawName}. Known: ${known.map((name) => `--${name}`).join(', ')}.`);
    }
    const value = inlineValue ?? args[++i];
    if (value === undefined) throw new UsageError(`--${rawName} needs a value.`);
    if (flags.has(rawName)) throw new UsageError(`--${rawName} is given twice.`);
    flags.set(rawName, value);
  }
  return { flags: flags as Flags, positionals };
}

function splitOnce(text: string): [string, string | undefined] {
  const index = text.indexOf('=');
  return index < 0 ? [text, undefined] : [text.slice(0, index), text.slice(index + 1)];
}

export function requireFlag(flags: Flags, name: string): string {
  const value = flags.get(name);
  if (value === undefined) throw new UsageError(`--${name} is required.`);
  return value;
}

/** A finite number, with the flag's name in the message when it is not. */
export function parseNumber(text: string, what: string): number {
  const value = text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(value)) throw new UsageError(`${what} must be a finite number, not '${text}'.`);
  return value;
}

/** "a,b" → [a, b]. */
export function parsePair(text: string, what: string): [number, number] {
  const parts = text.split(',');
  if (parts.length !== 2) throw new UsageError(`${what} must be two numbers separated by a comma, like 1,2 (got '${text}').`);
  return [parseNumber(parts[0]!, what), parseNumber(parts[1]!, what)];
}

export function parseWholeNumber(text: string, what: string, min: number, max: number): number {
  const value = parseNumber(text, what);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${what} must be a whole number from ${min} to ${max.toLocaleString('en')}, not '${text}'.`);
  }
  return value;
}

/** For commands that take flags only: a stray word is a mistake, not something to ignore. */
export function rejectPositionals(positionals: readonly string[]): void {
  if (positionals.length > 0) throw new UsageError(`Unexpected argument '${positionals[0]}'.`);
}
