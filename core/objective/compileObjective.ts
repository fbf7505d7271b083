import { parseExpression } from '../expression/parseExpression.ts';
import { differentiate } from '../expression/differentiate.ts';
import { generateCode } from '../expression/generateCode.ts';
import { formatExpr } from '../expression/formatExpr.ts';
import type { Expr } from '../expression/Expr.ts';
import { expressionError, type ExpressionError } from '../expression/ExpressionError.ts';
import { fail, ok, type Result } from '../result.ts';
import type { Objective, Vector } from './Objective.ts';
import { resolvingKinks, type KinkedWriter } from './resolveKinks.ts';

type Writer = (x: number, y: number, out: Vector) => void;

/**
 * Builds a closure from code generated out of a validated Expr (see generateCode): the only
 * place Curvature creates a function from source, and only from that generator's output.
 */
function toWriter(outputs: readonly Expr[]): Writer {
  const { code, kinks } = generateCode(outputs);
  // eslint-disable-next-line no-new-func -- source generated from a validated Expr only
  const write = new Function('x', 'y', 'out', 'kinks', `"use strict";\n${code}`);
  // Code without kink slots never reads `kinks`: it is called directly, with no wrapper in the hot path.
  return kinks === 0 ? (write as Writer) : resolvingKinks(write as KinkedWriter, kinks, outputs.length);
}

function toValue(f: Expr): (x: number, y: number) => number {
  const { code, kinks } = generateCode([f], true);
  if (kinks > 0) {
    // f is itself a derivative tree (objectiveFromExpr takes any Expr): its kinks are resolved as every writer's are.
    const write = toWriter([f]);
    const out = new Float64Array(1);
    return (x, y) => {
      write(x, y, out);
      return out[0]!;
    };
  }
  // eslint-disable-next-line no-new-func -- source generated from a validated Expr only
  return new Function('x', 'y', `"use strict";\n${code}`) as (x: number, y: number) => number;
}

/** Value, gradient and Hessian of a validated expression, as compiled closures. */
export function objectiveFromExpr(f: Expr): Objective {
  const fx = differentiate(f, 'x');
  const fy = differentiate(f, 'y');
  const fxx = differentiate(fx, 'x');
  const fxy = differentiate(fx, 'y');
  const fyy = differentiate(fy, 'y');
  return {
    source: formatExpr(f),
    value: toValue(f),
    gradient: toWriter([fx, fy]),
    hessian: toWriter([fxx, fxy, fyy]),
    valueAndGradient: toWriter([f, fx, fy]),
    all: toWriter([f, fx, fy, fxx, fxy, fyy]),
  };
}

/** Text → Objective, or the reason the text is not a function Curvature can work with. */
export function compileObjective(text: string): Result<Objective, ExpressionError> {
  const parsed = parseExpression(text);
  if (!parsed.ok) return parsed;
  try {
    return ok(objectiveFromExpr(parsed.value));
  } catch (error) {
    // A backstop: the caps keep derivatives small, but a stack that is smaller than this
    // engine's default must still end in a message, not a crash.
    if (!(error instanceof RangeError)) throw error;
    return fail(expressionError('The function is nested too deeply to differentiate; split it into simpler parts.', 0, text.length));
  }
}
