/**
 * The derivative of abs(u) is the sign of u, which has no value at u = 0. Derivative trees write it
 * as a call to KINK, a name no typed function can use (the allowlist does not have it). Generated
 * code gives each distinct kink argument a slot: ±1 away from 0, and at 0 the value the caller
 * puts in the slot. Evaluating with every combination of ±1 in the slots shows whether the one-sided
 * slopes agree there (see compileObjective).
 */
export const KINK = 'kink';

/** How many kinks a writer resolves by trying every sign combination; beyond this, "no derivative". */
export const MAX_RESOLVED_KINKS = 8;
