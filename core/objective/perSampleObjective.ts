import { parseExpression } from '../expression/parseExpression.ts';
import { differentiate } from '../expression/differentiate.ts';
import { generateCode } from '../expression/generateCode.ts';
import { formatExpr } from '../expression/formatExpr.ts';
import type { Expr } from '../expression/Expr.ts';
import { expressionError, type ExpressionError } from '../expression/ExpressionError.ts';
import type { Dataset } from '../data/Dataset.ts';
import { fail, ok, type Result } from '../result.ts';
import type { Objective, Vector } from './Objective.ts';
import { resolvingKinks, type KinkedWriter } from './resolveKinks.ts';

/** Compiled code over (x, y, out, kinks): the mean over all rows of each per-sample output. */
type AllRowsWriter = (x: number, y: number, out: Vector, kinks: Float64Array) => void;
/** The same over (x, y, out, kinks, rows): the mean over the listed rows. */
type RowsWriter = (x: number, y: number, out: Vector, kinks: Float64Array, rows: Uint32Array) => void;

/**
 * The empirical loss of a per-sample expression: f(x, y) = (1/N) Σ_r ℓ(x, y; row r), with value,
 * gradient and Hessian the means of the per-sample expression's compiled symbolic derivatives.
 * It is an Objective, so every overlay, optimizer and export works on it unchanged; `onRows` gives
 * the same loss over a subset of rows (a mini-batch).
 */
export interface PerSampleObjective extends Objective {
  readonly dataset: Dataset;
  /** The loss of one row, validated with the data set's columns as names. */
  readonly perSample: Expr;
  /** The mean over `rows` only (indices into the data set, at least one): a mini-batch's loss. */
  onRows(rows: Uint32Array): Objective;
}

/** r when a per-sample loss is r², the residual of a squared loss; undefined for any other form. */
export function squaredResidual(f: Expr): Expr | undefined {
  return f.kind === 'binary' && f.op === '^' && f.right.kind === 'number' && f.right.value === 2 ? f.left : undefined;
}

const twice = (a: Expr, b: Expr): Expr => ({
  kind: 'binary',
  op: '*',
  left: { kind: 'number', value: 2 },
  right: { kind: 'binary', op: '*', left: a, right: b },
});

/** The column indices an expression reads. */
function columnsRead(e: Expr, into = new Set<number>()): Set<number> {
  if (e.kind === 'column') into.add(e.index);
  if (e.kind === 'negate') columnsRead(e.arg, into);
  if (e.kind === 'binary') {
    columnsRead(e.left, into);
    columnsRead(e.right, into);
  }
  if (e.kind === 'call') e.args.forEach((arg) => columnsRead(arg, into));
  return into;
}

/**
 * Generated source for the mean of `outputs` over rows: the per-row code from generateCode (which
 * names column c as `c${c}`) inside a loop that adds each output to a local sum, over every row
 * or over a list of rows. The loop is generated, not a shared closure, so the engine compiles
 * each loss's loop on its own and keeps the sums in registers.
 */
function rowsWriter(outputs: readonly Expr[], dataset: Dataset): { overAll: AllRowsWriter; overRows: RowsWriter; kinks: number } {
  const { statements, results, kinks } = generateCode(outputs);
  const used = [...new Set(outputs.flatMap((e) => [...columnsRead(e)]))].sort((a, b) => a - b);
  const sums = outputs.map((_, i) => `s${i}`);
  const loop = (header: string) =>
    [
      `let ${sums.map((s) => `${s} = 0`).join(', ')};`,
      header,
      ...used.map((c) => `const c${c} = column${c}[r];`),
      ...statements,
      ...sums.map((s, i) => `${s} += ${results[i]};`),
      '}',
      ...sums.map((s, i) => `out[${i}] = ${s} / count;`),
    ].join('\n');
  // Two loops, each in its own function, so each stays small and monomorphic.
  const source = [
    '"use strict";',
    ...used.map((c) => `const column${c} = columns[${c}];`),
    'const overAll = function (x, y, out, kinks) {',
    'const count = n;',
    loop('for (let r = 0; r < count; r++) {'),
    '};',
    'const overRows = function (x, y, out, kinks, rows) {',
    'const count = rows.length;',
    loop('for (let k = 0; k < count; k++) { const r = rows[k];'),
    '};',
    'return [overAll, overRows];',
  ].join('\n');
  // eslint-disable-next-line no-new-func -- source generated from a validated Expr only
  const [overAll, overRows] = new Function('columns', 'n', source)(dataset.values, dataset.rowCount) as [AllRowsWriter, RowsWriter];
  return { overAll, overRows, kinks };
}

/** The five Objective entry points of one set of outputs, over all rows or over `rows`. */
function writerOver(compiled: ReturnType<typeof rowsWriter>, outputs: number, rows: Uint32Array | null) {
  const { overAll, overRows, kinks } = compiled;
  const kinked: KinkedWriter = rows === null ? overAll : (x, y, out, slots) => overRows(x, y, out, slots, rows);
  if (kinks > 0) return resolvingKinks(kinked, kinks, outputs);
  const none = new Float64Array(0);
  return rows === null
    ? (x: number, y: number, out: Vector) => overAll(x, y, out, none)
    : (x: number, y: number, out: Vector) => overRows(x, y, out, none, rows);
}

/** Text → the mean over `dataset`'s rows of the expression, or why the text is not a per-sample loss. */
export function compilePerSampleObjective(text: string, dataset: Dataset): Result<PerSampleObjective, ExpressionError> {
  const parsed = parseExpression(text, dataset.columns);
  if (!parsed.ok) return parsed;
  try {
    return ok(perSampleObjective(parsed.value, dataset));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return fail(expressionError('The function is nested too deeply to differentiate; split it into simpler parts.', 0, text.length));
  }
}

/** The mean over the data set of a validated per-sample expression. */
export function perSampleObjective(f: Expr, dataset: Dataset): PerSampleObjective {
  const fx = differentiate(f, 'x');
  const fy = differentiate(f, 'y');
  const fxx = differentiate(fx, 'x');
  const fxy = differentiate(fx, 'y');
  const fyy = differentiate(fy, 'y');
  const sets = {
    value: [f],
    gradient: [fx, fy],
    hessian: [fxx, fxy, fyy],
    valueAndGradient: [f, fx, fy],
    all: [f, fx, fy, fxx, fxy, fyy],
  };
  const compiled = Object.fromEntries(Object.entries(sets).map(([key, outputs]) => [key, rowsWriter(outputs, dataset)])) as Record<
    keyof typeof sets,
    ReturnType<typeof rowsWriter>
  >;
  const residual = squaredResidual(f);
  const gaussNewtonCompiled = residual === undefined ? undefined : gaussNewtonWriter(residual, dataset);
  const over = (rows: Uint32Array | null): Objective => {
    const valueWriter = writerOver(compiled.value, 1, rows);
    const single = new Float64Array(1);
    return {
      source: formatExpr(f),
      value: (x, y) => {
        valueWriter(x, y, single);
        return single[0]!;
      },
      gradient: writerOver(compiled.gradient, 2, rows),
      hessian: writerOver(compiled.hessian, 3, rows),
      valueAndGradient: writerOver(compiled.valueAndGradient, 3, rows),
      all: writerOver(compiled.all, 6, rows),
      ...(gaussNewtonCompiled === undefined ? {} : { gaussNewton: writerOver(gaussNewtonCompiled, 3, rows) }),
    };
  };
  return { ...over(null), dataset, perSample: f, onRows: (rows) => over(rows) };
}

/** The mean of 2·∇r∇rᵀ as [xx, xy, yy]: the Gauss–Newton part of the Hessian of a mean of r². */
function gaussNewtonWriter(residual: Expr, dataset: Dataset): ReturnType<typeof rowsWriter> {
  const rx = differentiate(residual, 'x');
  const ry = differentiate(residual, 'y');
  return rowsWriter([twice(rx, rx), twice(rx, ry), twice(ry, ry)], dataset);
}
