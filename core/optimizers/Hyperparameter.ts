/** What a person sees and types for one hyperparameter, wherever it is shown or parsed. */
interface Presentation {
  /** The field's label in the window ("Learning rate"). */
  readonly label: string;
  /** The symbol in formulas and messages ("lr", "μ"). */
  readonly symbol: string;
  /** The command line's flag, without the dashes ("lr", "line-search"). */
  readonly flag: string;
  /** One line for `curvature help` and the docs. */
  readonly help: string;
}

/** Bounds of a number: `min`/`max` inclusive, `above`/`below` exclusive; a missing side is unbounded (but finite). */
export interface Bounds {
  readonly min?: number;
  readonly max?: number;
  readonly above?: number;
  readonly below?: number;
}

export interface RealHyperparameter extends Presentation, Bounds {
  readonly kind: 'real';
  readonly default: number;
}

export interface IntegerHyperparameter extends Presentation {
  readonly kind: 'integer';
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

export interface EnumHyperparameter<Choice extends string = string> extends Presentation {
  readonly kind: 'enum';
  readonly default: Choice;
  readonly choices: readonly Choice[];
}

export type Hyperparameter = RealHyperparameter | IntegerHyperparameter | EnumHyperparameter;

/** An optimizer's hyperparameters by key: the keys its `create` takes, no more and no fewer. */
export type HyperparameterSchema = Readonly<Record<string, Hyperparameter>>;

/** The values a schema describes: numbers for reals and integers, the choice for enums. */
export type ValuesOf<Schema extends HyperparameterSchema> = {
  readonly [Key in keyof Schema]: Schema[Key] extends EnumHyperparameter<infer Choice>
    ? Choice
    : Schema[Key] extends RealHyperparameter | IntegerHyperparameter
      ? number
      : HyperparameterValue;
};

/** One hyperparameter's value, whatever its kind. */
export type HyperparameterValue = number | string;

/** A run's hyperparameters by key: exactly its optimizer's, each in range. */
export type Hyperparameters = Readonly<Record<string, HyperparameterValue>>;

export const real = (spec: Omit<RealHyperparameter, 'kind'>): RealHyperparameter => ({ kind: 'real', ...spec });
export const integer = (spec: Omit<IntegerHyperparameter, 'kind'>): IntegerHyperparameter => ({ kind: 'integer', ...spec });
export const choice = <const Choice extends string>(spec: Omit<EnumHyperparameter<Choice>, 'kind'>): EnumHyperparameter<Choice> => ({
  kind: 'enum',
  ...spec,
});

/** The allowed values as notation: "(0, 1000000]", "[0, 1)", "≥ 0", "1 … 1000" (whole numbers), "none | strong-wolfe". */
export function allowedNotation(spec: Hyperparameter): string {
  if (spec.kind === 'enum') return spec.choices.join(' | ');
  if (spec.kind === 'integer') return `${spec.min} … ${spec.max}`;
  const low = spec.above ?? spec.min;
  const high = spec.below ?? spec.max;
  if (low === undefined && high === undefined) return 'finite';
  if (high === undefined) return `${spec.above !== undefined ? '>' : '≥'} ${low}`;
  if (low === undefined) return `${spec.below !== undefined ? '<' : '≤'} ${high}`;
  return `${spec.above !== undefined ? '(' : '['}${low}, ${high}${spec.below !== undefined ? ')' : ']'}`;
}

/** The allowed values in words, for messages: "a number in (0, 1000000]", "a whole number in 1 … 1000", "one of none | strong-wolfe". */
export function describeAllowed(spec: Hyperparameter): string {
  if (spec.kind === 'enum') return `one of ${allowedNotation(spec)}`;
  if (spec.kind === 'integer') return `a whole number in ${allowedNotation(spec)}`;
  const notation = allowedNotation(spec);
  if (notation === 'finite') return 'a finite number';
  return notation.startsWith('(') || notation.startsWith('[') ? `a number in ${notation}` : `a finite number ${notation}`;
}

/** Whether `value` is allowed for `spec`; the one rule the core, sessions, the window and the command line apply. */
export function isAllowed(spec: Hyperparameter, value: unknown): boolean {
  if (spec.kind === 'enum') return typeof value === 'string' && (spec.choices as readonly string[]).includes(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (spec.kind === 'integer') return Number.isInteger(value) && value >= spec.min && value <= spec.max;
  return (
    (spec.min === undefined || value >= spec.min) &&
    (spec.max === undefined || value <= spec.max) &&
    (spec.above === undefined || value > spec.above) &&
    (spec.below === undefined || value < spec.below)
  );
}

/** The value as a message shows it: numbers as typed, text quoted and cut short. */
export function showValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : String(value);
}
