import { allowedConstant, allowedFunction, VARIABLES } from '../expression/allowlist.ts';

/** Words the expression parser reads as operators or literals, so a column cannot be called that. */
const PARSER_WORDS = new Set(['and', 'or', 'not', 'xor', 'mod', 'to', 'in', 'true', 'false', 'null', 'undefined', 'NaN', 'Infinity']);

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Why `name` cannot be a column of a data set, or undefined when it can. A column name becomes a
 * variable of the per-sample expression, so it must read as one name and mean nothing else there.
 */
export function columnNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (!NAME.test(name)) return 'is not a name (use letters, digits and _, starting with a letter)';
  if ((VARIABLES as readonly string[]).includes(name)) return `is the weight variable ${name}`;
  if (allowedConstant(name) !== undefined) return 'is a constant of expressions';
  if (allowedFunction(name) !== undefined) return 'is a function of expressions';
  if (PARSER_WORDS.has(name)) return 'is a word of the expression syntax';
  return undefined;
}
