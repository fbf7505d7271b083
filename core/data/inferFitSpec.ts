import type { Expr } from '../expression/Expr.ts';
import { formatExpr } from '../expression/formatExpr.ts';
import type { FitSpec } from './modelFit.ts';

/** The columns an expression reads, in order of first use. */
function columnsOf(e: Expr, into: string[] = []): string[] {
  if (e.kind === 'column' && !into.includes(e.name)) into.push(e.name);
  else if (e.kind === 'negate') columnsOf(e.arg, into);
  else if (e.kind === 'binary') columnsOf(e.right, columnsOf(e.left, into));
  else if (e.kind === 'call') for (const arg of e.args) columnsOf(arg, into);
  return into;
}

const readsWeights = (e: Expr): boolean =>
  e.kind === 'variable' ||
  (e.kind === 'negate' && readsWeights(e.arg)) ||
  (e.kind === 'binary' && (readsWeights(e.left) || readsWeights(e.right))) ||
  (e.kind === 'call' && e.args.some(readsWeights));

/** A regression (M − c)² or (c − M)²: a model M of the weights and one input column, predicting column c. */
function regression(loss: Expr): FitSpec | null {
  if (loss.kind !== 'binary' || loss.op !== '^' || loss.right.kind !== 'number' || loss.right.value !== 2) return null;
  const residual = loss.left;
  if (residual.kind !== 'binary' || residual.op !== '-') return null;
  for (const [model, target] of [
    [residual.left, residual.right],
    [residual.right, residual.left],
  ] as const) {
    if (target.kind !== 'column' || !readsWeights(model)) continue;
    const inputs = columnsOf(model);
    if (inputs.length === 1 && inputs[0] !== target.name)
      return { kind: 'curve', input: inputs[0]!, target: target.name, model: formatExpr(model) };
  }
  return null;
}

/** The label column t and the score S of a margin −t·S, −(t·S) or −(S·t). */
function margin(e: Expr): { label: string; score: Expr } | null {
  const product = (p: Expr) => {
    if (p.kind !== 'binary' || p.op !== '*') return null;
    if (p.left.kind === 'column') return { label: p.left.name, score: p.right };
    if (p.right.kind === 'column') return { label: p.right.name, score: p.left };
    return null;
  };
  if (e.kind === 'negate') return product(e.arg);
  if (e.kind === 'binary' && e.op === '*' && e.left.kind === 'negate' && e.left.arg.kind === 'column')
    return { label: e.left.arg.name, score: e.right };
  return null;
}

/** A logistic loss log(1 + exp(−t·S)): a linear or curved score S of the weights and two input columns, for labels t = ±1. */
function classifier(loss: Expr): FitSpec | null {
  if (loss.kind !== 'call' || loss.fn !== 'log') return null;
  const sum = loss.args[0]!;
  if (sum.kind !== 'binary' || sum.op !== '+') return null;
  const exp =
    sum.left.kind === 'number' && sum.left.value === 1 ? sum.right : sum.right.kind === 'number' && sum.right.value === 1 ? sum.left : null;
  if (exp === null || exp.kind !== 'call' || exp.fn !== 'exp') return null;
  const found = margin(exp.args[0]!);
  if (found === null || !readsWeights(found.score)) return null;
  const inputs = columnsOf(found.score);
  if (inputs.length !== 2 || inputs.includes(found.label)) return null;
  return { kind: 'boundary', inputs: [inputs[0]!, inputs[1]!], label: found.label, score: formatExpr(found.score) };
}

/**
 * How a per-sample loss a person typed reads as a model over its data, where its form says so: a
 * squared residual of one input column is a regression curve, a logistic loss of two input columns
 * a decision boundary. Null for any other form (the fit panel then has nothing to draw).
 */
export function inferFitSpec(perSample: Expr): FitSpec | null {
  return regression(perSample) ?? classifier(perSample);
}
