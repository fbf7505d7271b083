import { MAX_STEPS, SESSION_LIMITS } from '../../core/index.ts';

/** Why a typed coordinate cannot be used (beyond what a session file may hold), or undefined. */
export const coordinateProblem =
  (label: string) =>
  (value: number): string | undefined =>
    Math.abs(value) <= SESSION_LIMITS.maxCoordinate
      ? undefined
      : `${label} must be within ±${SESSION_LIMITS.maxCoordinate.toLocaleString('en')}.`;

/** Why a typed step budget cannot be used (the core runs 1 … MAX_STEPS whole steps), or undefined. */
export const stepsProblem = (n: number): string | undefined =>
  Number.isInteger(n) && n >= 1 && n <= MAX_STEPS ? undefined : `Steps must be a whole number from 1 to ${MAX_STEPS.toLocaleString('en')}.`;
