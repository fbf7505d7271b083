import type { StepAnatomy, StepArrow } from '../../core/index.ts';

/**
 * A run's step anatomy (core's stepAnatomy) at every iterate, packed one row per iterate so it
 * crosses the worker boundary in one buffer: per arrow [dx, dy, f at its end], NaN where the
 * arrow does not exist, then why Newton's is missing.
 */
export const ANATOMY_ARROWS = ['gradient', 'newton', 'momentum', 'lbfgs'] as const;
export type AnatomyArrow = (typeof ANATOMY_ARROWS)[number];
export const ANATOMY_STRIDE = 3 * ANATOMY_ARROWS.length + 1;
const NO_NEWTON = 3 * ANATOMY_ARROWS.length;
const NO_NEWTON_CODES = [null, 'not-positive-definite', 'no-models'] as const;

/** Writes iterate `row`'s anatomy into `out`; runs in the worker. */
export function packAnatomy(anatomy: StepAnatomy, out: Float64Array, row: number): void {
  const o = row * ANATOMY_STRIDE;
  ANATOMY_ARROWS.forEach((name, i) => {
    const arrow: StepArrow | null = anatomy[name];
    out[o + 3 * i] = arrow === null ? NaN : arrow.delta[0];
    out[o + 3 * i + 1] = arrow === null ? NaN : arrow.delta[1];
    out[o + 3 * i + 2] = arrow === null ? NaN : arrow.f;
  });
  out[o + NO_NEWTON] = NO_NEWTON_CODES.indexOf(anatomy.noNewton);
}

/** The number of iterates a packed array holds. */
export const anatomyRows = (anatomy: Float64Array): number => anatomy.length / ANATOMY_STRIDE;

/** Arrow `name` at iterate `row`: [dx, dy, f at its end], or null where it does not exist. */
export function anatomyArrow(anatomy: Float64Array, row: number, name: AnatomyArrow): readonly [number, number, number] | null {
  if (row < 0 || row >= anatomyRows(anatomy)) return null;
  const o = row * ANATOMY_STRIDE + 3 * ANATOMY_ARROWS.indexOf(name);
  const dx = anatomy[o]!;
  if (Number.isNaN(dx)) return null;
  return [dx, anatomy[o + 1]!, anatomy[o + 2]!];
}

/** Why iterate `row` has no Newton arrow, or null where it has one. */
export const noNewtonAt = (anatomy: Float64Array, row: number): (typeof NO_NEWTON_CODES)[number] =>
  NO_NEWTON_CODES[anatomy[row * ANATOMY_STRIDE + NO_NEWTON]!] ?? null;
