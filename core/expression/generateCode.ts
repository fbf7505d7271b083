import { allowedFunction } from './allowlist.ts';
import type { Expr } from './Expr.ts';
import { KINK } from './kink.ts';

/** Generated source and how many kink slots (see kink.ts) it reads from its `kinks` parameter. */
export interface GeneratedCode {
  readonly code: string;
  readonly kinks: number;
  /** The parts of `code`: the temporaries' declarations, then one expression per output. */
  readonly statements: readonly string[];
  readonly results: readonly string[];
}

/**
 * JavaScript source for a list of expressions, with common subexpressions computed once.
 * Everything emitted comes from an Expr: numbers through String(number), the variables x and y,
 * data columns as c0, c1, … by their index (the caller binds them),
 * and function templates from the allowlist; no text a person typed is copied into the code.
 *
 * The result is a function body over (x, y, out, kinks) that writes output i to out[i]; with a
 * single output and `asReturn`, a body over (x, y, kinks) that returns the value instead.
 */
export function generateCode(outputs: readonly Expr[], asReturn = false): GeneratedCode {
  const keys = new Map<Expr, string>();
  const uses = new Map<string, number>();

  /** Structurally equal subtrees get the same short key: an id for the node's kind and its children's ids. */
  const ids = new Map<string, string>();
  const keyOf = (e: Expr): string => {
    let key = keys.get(e);
    if (key !== undefined) return key;
    let structure: string;
    switch (e.kind) {
      case 'number':
        structure = `#${e.value}`;
        break;
      case 'variable':
        structure = e.name;
        break;
      case 'column':
        structure = `$${e.index}`;
        break;
      case 'negate':
        structure = `-${keyOf(e.arg)}`;
        break;
      case 'binary':
        structure = `${e.op}${keyOf(e.left)},${keyOf(e.right)}`;
        break;
      case 'call':
        structure = `${e.fn}(${e.args.map(keyOf).join(',')})`;
        break;
    }
    key = ids.get(structure);
    if (key === undefined) {
      key = `@${ids.size}`;
      ids.set(structure, key);
    }
    keys.set(e, key);
    return key;
  };

  const count = (e: Expr): void => {
    const key = keyOf(e);
    const seen = uses.get(key) ?? 0;
    uses.set(key, seen + 1);
    if (seen > 0) return; // children were counted the first time
    if (e.kind === 'negate') count(e.arg);
    if (e.kind === 'binary') {
      count(e.left);
      count(e.right);
    }
    if (e.kind === 'call') e.args.forEach(count);
  };
  outputs.forEach(count);

  const lines: string[] = [];
  const temps = new Map<string, string>();
  const isLeaf = (e: Expr) => e.kind === 'number' || e.kind === 'variable' || e.kind === 'column';

  const hoist = (key: string, code: string): string => {
    const name = `t${temps.size}`;
    temps.set(key, name);
    lines.push(`const ${name} = ${code};`);
    return name;
  };

  /** The code for e, as a temporary when e is used more than once (or must be, to be squared). */
  const emit = (e: Expr, forceTemp = false): string => {
    if (isLeaf(e)) return emitRaw(e);
    const key = keyOf(e);
    const existing = temps.get(key);
    if (existing !== undefined) return existing;
    const code = emitRaw(e);
    return forceTemp || (uses.get(key) ?? 0) > 1 ? hoist(key, code) : code;
  };

  const emitRaw = (e: Expr): string => {
    switch (e.kind) {
      case 'number':
        return e.value < 0 || Object.is(e.value, -0) ? `(${String(e.value)})` : String(e.value);
      case 'variable':
        return e.name;
      case 'column':
        return `c${e.index}`;
      case 'negate':
        return `(-${emit(e.arg)})`;
      case 'call':
        if (e.fn === KINK) return emitKink(e.args[0]!);
        return allowedFunction(e.fn)!.js(e.args.map((arg) => emit(arg)));
      case 'binary':
        if (e.op === '^') return emitPower(e.left, e.right);
        return `(${emit(e.left)} ${e.op} ${emit(e.right)})`;
    }
  };

  /** sign(u), with the value at u = 0 read from the slot of u (one slot per distinct u). */
  const kinkSlots = new Map<string, number>();
  const emitKink = (u: Expr): string => {
    const key = keyOf(u);
    const slot = kinkSlots.get(key) ?? kinkSlots.size;
    kinkSlots.set(key, slot);
    const v = emit(u, !isLeaf(u));
    return `(${v} > 0 ? 1 : ${v} < 0 ? -1 : ${v} === 0 ? kinks[${slot}] : NaN)`;
  };

  const emitPower = (base: Expr, exponent: Expr): string => {
    if (exponent.kind !== 'number') return `Math.pow(${emit(base)}, ${emit(exponent)})`;
    const n = exponent.value;
    if (n === 2 || n === 3 || n === 4) {
      const b = emit(base, !isLeaf(base));
      return `(${Array(n).fill(b).join(' * ')})`;
    }
    if (n === -1) return `(1 / ${emit(base)})`;
    if (n === 0.5) return `Math.sqrt(${emit(base)})`;
    const thirds = 3 * n;
    // Real powers with denominator 3 (from cbrt and its derivatives) are defined for negative bases.
    if (!Number.isInteger(n) && Math.abs(thirds - Math.round(thirds)) < 1e-12) {
      return `Math.pow(Math.cbrt(${emit(base)}), ${Math.round(thirds)})`;
    }
    return `Math.pow(${emit(base)}, ${emitRaw(exponent)})`;
  };

  const results = outputs.map((e) => emit(e));
  const body =
    asReturn && results.length === 1
      ? [...lines, `return ${results[0]};`]
      : [...lines, ...results.map((code, i) => `out[${i}] = ${code};`)];
  return { code: body.join('\n'), kinks: kinkSlots.size, statements: lines, results };
}
