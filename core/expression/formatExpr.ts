import type { Expr } from './Expr.ts';

const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2, '^': 4 } as const;

/** Readable text for an Expr, in the syntax a person types (used for formulas and round trips). */
export function formatExpr(e: Expr, parent = 0): string {
  switch (e.kind) {
    case 'number':
      return e.value < 0 && parent > 0 ? `(${e.value})` : String(e.value);
    case 'variable':
    case 'column':
      return e.name;
    case 'negate': {
      const text = `-${formatExpr(e.arg, 3)}`;
      return parent > 1 ? `(${text})` : text;
    }
    case 'call':
      return `${e.fn}(${e.args.map((a) => formatExpr(a)).join(', ')})`;
    case 'binary': {
      const p = PRECEDENCE[e.op];
      const leftParent = e.op === '^' ? p + 1 : p;
      const rightParent = e.op === '^' ? p : p + 1;
      const text = `${formatExpr(e.left, leftParent)} ${e.op} ${formatExpr(e.right, rightParent)}`;
      return p < parent ? `(${text})` : text;
    }
  }
}
