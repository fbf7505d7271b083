import type { MathNode } from './hardenedMath.ts';
import { ALLOWED_FUNCTIONS, allowedConstant, allowedFunction, VARIABLES, type Variable } from './allowlist.ts';
import { expressionError, type ExpressionError } from './ExpressionError.ts';
import { locateName, locateText } from './locate.ts';
import type { BinaryOperator, Expr } from './Expr.ts';
import { EXPRESSION_LIMITS } from './limits.ts';

const BINARY: Readonly<Record<string, BinaryOperator>> = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
  pow: '^',
};

const OPERATOR_NAMES: Readonly<Record<string, string>> = {
  mod: "'%' (remainder)",
  factorial: "'!' (factorial)",
  transpose: "''' (transpose)",
  ctranspose: "''' (transpose)",
  dotMultiply: "'.*'",
  dotDivide: "'./'",
  dotPow: "'.^'",
  and: "'and'",
  or: "'or'",
  xor: "'xor'",
  not: "'not'",
  bitAnd: "'&'",
  bitOr: "'|'",
  bitXor: "'^|'",
  bitNot: "'~'",
  leftShift: "'<<'",
  rightArithShift: "'>>'",
  rightLogShift: "'>>>'",
  to: "'to' (unit conversion)",
};

const COMPARISONS = new Set(['equal', 'unequal', 'smaller', 'larger', 'smallerEq', 'largerEq']);

class Rejection {
  constructor(readonly error: ExpressionError) {}
}

/**
 * Turns a parsed mathjs tree into an Expr, or explains the first thing in it that a function of
 * x and y may not contain. This is the allowlist: any node type, name or function not named
 * here is refused, so nothing else ever reaches differentiation or code generation.
 */
export function validate(node: MathNode, text: string, columns: readonly string[] = []): { expr: Expr } | { error: ExpressionError } {
  let nodes = 0;
  const reject = (message: string, [start, end]: [number, number]): never => {
    throw new Rejection(expressionError(message, start, end));
  };

  function convert(node: MathNode): Expr {
    if (++nodes > EXPRESSION_LIMITS.maxNodes) {
      reject(`The function has too many parts (the limit is ${EXPRESSION_LIMITS.maxNodes.toLocaleString('en')}).`, [0, text.length]);
    }
    const n = node as MathNode & Record<string, unknown>;
    switch (node.type) {
      case 'ParenthesisNode':
        return convert(n['content'] as MathNode);
      case 'ConstantNode': {
        const value = n['value'];
        // mathjs reads an empty statement (";" alone, or a comment) as a constant with no value.
        if (value === undefined) return reject('Type a function of x and y, for example x^2 + y^2.', [0, text.length]);
        if (typeof value !== 'number') {
          const shown = typeof value === 'string' ? `"${value}"` : String(value);
          return reject(
            `Only numbers are allowed as constants, not ${shown}.`,
            locateText(text, typeof value === 'string' ? value : shown),
          );
        }
        if (Number.isNaN(value)) return reject('NaN is not allowed: f must be built from finite numbers.', locateName(text, 'NaN'));
        if (!Number.isFinite(value))
          return reject('Infinity is not allowed: f must be built from finite numbers.', locateName(text, 'Infinity'));
        return { kind: 'number', value };
      }
      case 'SymbolNode':
        return symbol(n['name'] as string);
      case 'OperatorNode':
        return operator(n['fn'] as string, n['op'] as string, n['args'] as MathNode[]);
      case 'FunctionNode':
        return call(n['fn'] as MathNode, n['args'] as MathNode[]);
      case 'AccessorNode':
        return reject("Property access ('.' or '[ ]' after a value) is not allowed in a function.", locateAccess(text));
      case 'AssignmentNode':
      case 'FunctionAssignmentNode':
        return reject('Definitions are not allowed: type only the right-hand side, for example x^2 + y^2.', locateText(text, '='));
      case 'BlockNode':
        return reject("Type a single expression; ';' and line breaks separate several.", locateBlock(text));
      case 'ArrayNode':
      case 'ObjectNode':
      case 'IndexNode':
        return reject('Vectors, matrices and objects are not allowed: f must give one number.', locateText(text, '['));
      case 'RangeNode':
        return reject("Ranges ('a:b') are not allowed.", locateText(text, ':'));
      case 'ConditionalNode':
        return reject("Conditions ('a ? b : c') are not allowed: f must be differentiable where it is defined.", locateText(text, '?'));
      case 'RelationalNode':
        return reject('Comparisons are not allowed: f must give a number, not true or false.', [0, text.length]);
      default:
        return reject(`'${node.toString()}' is not allowed in a function.`, [0, text.length]);
    }
  }

  function symbol(name: string): Expr {
    if ((VARIABLES as readonly string[]).includes(name)) return { kind: 'variable', name: name as Variable };
    const column = columns.indexOf(name);
    if (column >= 0) return { kind: 'column', index: column, name };
    const constant = allowedConstant(name);
    if (constant !== undefined) return { kind: 'number', value: constant };
    const where = locateName(text, name);
    if (name === 'Infinity' || name === 'NaN') return reject(`${name} is not allowed: f must be built from finite numbers.`, where);
    if (name === 'X' || name === 'Y') return reject(`Unknown name '${name}': names are case-sensitive; use ${name.toLowerCase()}.`, where);
    if (name === 'i') return reject("Unknown name 'i': complex numbers are not supported; f is real.", where);
    if (/^[xy]+$/.test(name)) return reject(`'${name}' is one name; did you mean ${name.split('').join('*')}?`, where);
    if (allowedFunction(name) !== undefined) return reject(`'${name}' is a function; write it with an argument, like ${name}(x).`, where);
    if (columns.length > 0) return reject(`Unknown name '${name}': use x, y, pi, e and the data's columns ${columns.join(', ')}.`, where);
    return reject(`Unknown name '${name}': use x and y (and the constants pi and e).`, where);
  }

  function operator(fn: string, op: string, args: MathNode[]): Expr {
    if (fn === 'unaryMinus') return { kind: 'negate', arg: convert(args[0]!) };
    if (fn === 'unaryPlus') return convert(args[0]!);
    const binary = BINARY[fn];
    if (binary !== undefined && args.length === 2) {
      return { kind: 'binary', op: binary, left: convert(args[0]!), right: convert(args[1]!) };
    }
    if (COMPARISONS.has(fn))
      return reject(`Comparisons ('${op}') are not allowed: f must give a number, not true or false.`, locateText(text, op));
    const named = OPERATOR_NAMES[fn] ?? `'${op}'`;
    return reject(`The operator ${named} is not supported; use + - * / ^.`, locateText(text, op));
  }

  function call(fnNode: MathNode, args: MathNode[]): Expr {
    if (fnNode.type !== 'SymbolNode') {
      return reject('Only named functions such as sin(x) can be called.', [0, text.length]);
    }
    const name = (fnNode as MathNode & { name: string }).name;
    const allowed = allowedFunction(name);
    const where = locateName(text, name, true);
    if (allowed === undefined) {
      if ((VARIABLES as readonly string[]).includes(name)) {
        return reject(`'${name}(…)' reads as calling ${name}; write ${name}*(…) to multiply.`, where);
      }
      return reject(`The function '${name}' is not allowed. Allowed: ${Object.keys(ALLOWED_FUNCTIONS).join(', ')}.`, where);
    }
    if (args.length !== allowed.arity) {
      const plural = allowed.arity === 1 ? 'argument' : 'arguments';
      return reject(`${name} takes ${allowed.arity} ${plural}, not ${args.length}.`, where);
    }
    return { kind: 'call', fn: name, args: args.map(convert) };
  }

  try {
    return { expr: convert(node) };
  } catch (thrown) {
    if (thrown instanceof Rejection) return { error: thrown.error };
    throw thrown;
  }
}

function locateAccess(text: string): [number, number] {
  const match = /[.[]\s*[A-Za-z_]/.exec(text) ?? /\[/.exec(text);
  return match ? [match.index, text.length] : [0, text.length];
}

function locateBlock(text: string): [number, number] {
  const match = /[;\n]/.exec(text);
  return match ? [match.index, match.index + 1] : [0, text.length];
}
