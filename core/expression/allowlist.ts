/**
 * What a typed function may contain. Every allowed function has a derivative in mathjs, so
 * gradients and Hessians are always symbolic; `js` is the code the compiler emits for it.
 */
export interface AllowedFunction {
  readonly arity: number;
  readonly js: (args: readonly string[]) => string;
}

const unary = (fn: string) => ({ arity: 1, js: ([a]: readonly string[]) => `${fn}(${a})` });
const reciprocal = (fn: string) => ({ arity: 1, js: ([a]: readonly string[]) => `(1 / ${fn}(${a}))` });
const ofReciprocal = (fn: string) => ({ arity: 1, js: ([a]: readonly string[]) => `${fn}(1 / ${a})` });

export const ALLOWED_FUNCTIONS: Readonly<Record<string, AllowedFunction>> = {
  sin: unary('Math.sin'),
  cos: unary('Math.cos'),
  tan: unary('Math.tan'),
  sec: reciprocal('Math.cos'),
  csc: reciprocal('Math.sin'),
  cot: reciprocal('Math.tan'),
  asin: unary('Math.asin'),
  acos: unary('Math.acos'),
  atan: unary('Math.atan'),
  asec: ofReciprocal('Math.acos'),
  acsc: ofReciprocal('Math.asin'),
  acot: ofReciprocal('Math.atan'),
  sinh: unary('Math.sinh'),
  cosh: unary('Math.cosh'),
  tanh: unary('Math.tanh'),
  sech: reciprocal('Math.cosh'),
  csch: reciprocal('Math.sinh'),
  coth: reciprocal('Math.tanh'),
  asinh: unary('Math.asinh'),
  acosh: unary('Math.acosh'),
  atanh: unary('Math.atanh'),
  asech: ofReciprocal('Math.acosh'),
  acsch: ofReciprocal('Math.asinh'),
  acoth: ofReciprocal('Math.atanh'),
  exp: unary('Math.exp'),
  log: unary('Math.log'),
  log10: unary('Math.log10'),
  sqrt: unary('Math.sqrt'),
  cbrt: unary('Math.cbrt'),
  abs: unary('Math.abs'),
};

/** Named constants a person may type. */
export const ALLOWED_CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E };

/** The variables of f. */
export const VARIABLES = ['x', 'y'] as const;
export type Variable = (typeof VARIABLES)[number];

/** The allowed function of that name; own entries only, so names such as 'constructor' are not found. */
export const allowedFunction = (name: string): AllowedFunction | undefined =>
  Object.hasOwn(ALLOWED_FUNCTIONS, name) ? ALLOWED_FUNCTIONS[name] : undefined;

/** The value of the allowed constant of that name (own entries only, as for functions). */
export const allowedConstant = (name: string): number | undefined =>
  Object.hasOwn(ALLOWED_CONSTANTS, name) ? ALLOWED_CONSTANTS[name] : undefined;
