import type { LineMark, StepLine } from '../../core/index.ts';

/** Whether t lies in the stretch of the line the picture draws. */
export function withinStretch(line: StepLine, t: number): boolean {
  return t >= line.t[0]! && t <= line.t[line.t.length - 1]!;
}

/** The heights shown reach this many times the marks' spread beyond them, so f far away never flattens the parabola. */
const HEIGHT_REACH = 1.5;

/**
 * The heights the 1-D picture spans (the window's panel and exported frames alike): set by the
 * models' own marks within the stretch of t drawn, so a step that lands far off them (the model was wrong) is pinned to the
 * edge rather than squashing the parabola, with a little room above and below.
 */
export function stepLineRange(line: StepLine): { readonly lo: number; readonly hi: number } {
  const finite = (values: readonly (number | undefined)[]) => values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  // A mark beyond the stretch drawn is not seen, so its height must not set the picture's.
  const seen = (mark: LineMark | null) => (mark !== null && withinStretch(line, mark.t) ? mark.f : undefined);
  const modelled = finite([line.value, seen(line.marks.gradient), seen(line.marks.newton)]);
  const modelLo = Math.min(...modelled);
  const modelHi = Math.max(...modelled);
  const modelSpread = modelHi > modelLo ? modelHi - modelLo : Math.abs(modelLo) || 1;
  const actualF = seen(line.marks.actual);
  const actualNear =
    actualF !== undefined && Number.isFinite(actualF) && actualF >= modelLo - 3 * modelSpread && actualF <= modelHi + 3 * modelSpread;
  const marked = actualNear ? [...modelled, actualF] : modelled;
  const markLo = Math.min(...marked);
  const markHi = Math.max(...marked);
  const reach = HEIGHT_REACH * (markHi > markLo ? markHi - markLo : Math.abs(markLo) || 1);
  const drawn = finite([...line.f, ...line.parabola]);
  let lo = Math.max(markLo - reach, Math.min(markLo, ...drawn));
  let hi = Math.min(markHi + reach, Math.max(markHi, ...drawn));
  if (!(hi > lo)) {
    lo -= 1;
    hi += 1;
  }
  const pad = 0.06 * (hi - lo);
  return { lo: lo - pad, hi: hi + pad };
}
