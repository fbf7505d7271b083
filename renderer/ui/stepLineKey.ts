import type { StepLine } from '../../core/index.ts';
import { OVERLAY_STYLE } from '../scene/overlayStyle.ts';
import { formatNumber } from '../scene/ticks.ts';
import { stepLineRange, withinStretch } from './stepLineRange.ts';

/** Colours the key takes from where it is drawn (the window's CSS variables, or an export's theme). */
export interface StepLineColors {
  /** f itself, labels and the frame. */
  readonly text: string;
  /** The run's colour: where its own step lands. */
  readonly run: string;
  /** The line search's trials and the Armijo line. */
  readonly trials: string;
}

/** One entry of the key: its swatch, its short text, and the longer explanation shown on hover. */
export interface StepLineKeyEntry {
  readonly color: string;
  readonly swatch: 'line' | 'dash' | 'dotted' | 'dot' | 'ring' | 'diamond' | 'square';
  readonly text: string;
  readonly title: string;
}

/** What t measures on each kind of line: without it "t = 267" says nothing. */
const T_MEANING: Record<StepLine['kind'], string> = {
  step: 't: 1 is the step taken',
  gradient: 't: along −∇f, GD lands at t = lr',
  newton: 't: 1 is Newton’s step',
  eigen: 't: distance along the eigenvector',
};

/** What t measures along this line, said under the picture. */
export function stepLineAxis(line: StepLine): string {
  return T_MEANING[line.kind];
}

/**
 * The 1-D picture's key, one source for the window's panel and exported frames: each curve and
 * mark in its colour, and where gradient descent lands beyond the stretch drawn, how far off.
 */
export function stepLineKey(line: StepLine, colors: StepLineColors): StepLineKeyEntry[] {
  const gd = line.gradientStep;
  const gdSeen = withinStretch(line, gd);
  const gdT = formatNumber(gd, 3);
  const lr = formatNumber(line.lr, 3);
  const entries: StepLineKeyEntry[] = [
    { color: colors.text, swatch: 'line', text: 'f, exact', title: 'f itself along the line' },
    {
      color: OVERLAY_STYLE.tangentPlane.color,
      swatch: 'dash',
      text: `tangent: slope ${formatNumber(line.slope, 3)}`,
      title: `the tangent line f₀ + s·t, slope s = ∇f·d = ${formatNumber(line.slope, 4)}`,
    },
    {
      color: OVERLAY_STYLE.paraboloid.color,
      swatch: 'line',
      text: `parabola: curv. ${formatNumber(line.curvature, 3)}`,
      title: `the second-order parabola f₀ + s·t + ½c·t², curvature c = dᵀHd = ${formatNumber(line.curvature, 4)}`,
    },
    ...(line.believedCurvature === null
      ? []
      : [
          {
            color: colors.text,
            swatch: 'dotted' as const,
            text: `B’s parabola: curv. ${formatNumber(line.believedCurvature, 3)}`,
            title: `what L-BFGS believes along this line: f₀ + s·t + ½c·t² with its Hessian estimate B, c = dᵀBd = ${formatNumber(line.believedCurvature, 4)}; its step goes to this parabola’s vertex (times lr)`,
          },
        ]),
    {
      color: OVERLAY_STYLE.tangentPlane.color,
      swatch: 'dot',
      text: gdSeen ? `GD lands, t = ${gdT}` : `GD: t = ${gdT}, off view`,
      title: gdSeen
        ? `where gradient descent with lr ${lr}, x − lr·∇f, lands on the tangent line`
        : `gradient descent with lr ${lr}, x − lr·∇f, lands at t = ${gdT} on the tangent line, beyond the stretch drawn`,
    },
    // The vertex is where Newton's method along this line lands, whichever run is followed.
    line.marks.newton === null
      ? {
          color: OVERLAY_STYLE.target.color,
          swatch: 'diamond',
          text: 'no vertex: curves down',
          title: 'the parabola curves down along this line: it has no lowest point, so Newton along it has no target',
        }
      : {
          color: OVERLAY_STYLE.target.color,
          swatch: 'diamond',
          text: 'parabola’s vertex',
          title: 'the parabola’s lowest point, t = −s/c: where a Newton step along this line lands',
        },
  ];
  if (line.marks.actual !== null)
    entries.push({
      color: colors.run,
      // Ringing the search's last trial, which is where the step lands.
      swatch: line.trials.length > 0 ? 'ring' : 'dot',
      text: 'step lands, t = 1',
      title: 'where the run’s own step lands, on f',
    });
  if (line.trials.length > 0) {
    // A trial beyond the heights or the stretch drawn is not seen: the key says how many.
    const { lo, hi } = stepLineRange(line);
    const off = line.trials.filter((trial) => !(withinStretch(line, trial.t) && trial.f >= lo && trial.f <= hi)).length;
    entries.push(
      {
        color: colors.trials,
        swatch: 'square',
        text: `${line.trials.length} Wolfe trial${line.trials.length === 1 ? '' : 's'}${off > 0 ? `, ${off} off view` : ''}`,
        title: 'strong Wolfe: filled where f is under the Armijo line and the slope tick lies in the curvature band |f′| ≤ c₂|s| (solid)',
      },
      {
        color: colors.trials,
        swatch: 'dotted',
        text: 'Armijo line',
        title: 'f₀ + c₁·s·t: a trial is accepted only under it (enough decrease for its length)',
      },
    );
  }
  return entries;
}
