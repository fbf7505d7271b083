import { fail, ok, type Result } from '../result.ts';
import { describeAllowed, isAllowed, showValue, type Hyperparameter, type Hyperparameters } from './Hyperparameter.ts';
import { OPTIMIZERS, type OptimizerName } from './registry.ts';

export interface HyperparameterError {
  readonly kind: 'invalid-hyperparameter';
  /** The key at fault: out of range, or not one the optimizer takes. */
  readonly parameter: string;
  readonly message: string;
}

const invalid = (parameter: string, message: string): HyperparameterError => ({ kind: 'invalid-hyperparameter', parameter, message });

/** The optimizer's hyperparameters at their defaults. */
export function defaultHyperparameters(name: OptimizerName): Hyperparameters {
  const values: Record<string, number | string> = {};
  for (const [key, spec] of Object.entries(OPTIMIZERS[name].hyperparameters)) values[key] = spec.default;
  return values;
}

/** Why `value` is not allowed for the optimizer's `key`, or undefined when it is: the one range check there is. */
export function checkHyperparameter(name: OptimizerName, key: string, value: unknown): HyperparameterError | undefined {
  const schema = OPTIMIZERS[name].hyperparameters;
  if (!Object.hasOwn(schema, key)) return invalid(key, `${name} has no hyperparameter ${key}; it takes ${listKeys(name)}.`);
  const spec: Hyperparameter = schema[key]!;
  if (isAllowed(spec, value)) return undefined;
  const symbol = spec.symbol === key ? '' : ` (${spec.symbol})`;
  return invalid(key, `${key}${symbol} must be ${describeAllowed(spec)}, not ${showValue(value)}.`);
}

/**
 * The optimizer's complete hyperparameters: the given values over its defaults, refusing a key it
 * does not take (it would be silently ignored) and any value out of range.
 */
export function resolveHyperparameters(
  name: OptimizerName,
  given: Readonly<Record<string, unknown>> = {},
): Result<Hyperparameters, HyperparameterError> {
  const values: Record<string, number | string> = { ...defaultHyperparameters(name) };
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined) continue;
    const problem = checkHyperparameter(name, key, value);
    if (problem) return fail(problem);
    values[key] = value as number | string;
  }
  return ok(values);
}

/** "lr, momentum": the keys an optimizer takes, for messages. */
export const listKeys = (name: OptimizerName): string => Object.keys(OPTIMIZERS[name].hyperparameters).join(', ');
