import type { LineMark, StepLine } from '../../core/index.ts';
import { OVERLAY_STYLE } from '../scene/overlayStyle.ts';
import { formatRangeEnds } from '../scene/ticks.ts';
import type { FitRect } from './paintFit.ts';
import type { StepLineColors } from './stepLineKey.ts';
import { stepLineRange } from './stepLineRange.ts';

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The font of the picture's labels at `scale`, for measuring the room they need beside it. */
export const stepLineLabelFont = (scale: number): string => `${Math.round(11 * scale)}px system-ui, sans-serif`;

/**
 * The 1-D picture on a 2D canvas (exported frames): f along the line, the tangent line (dashed)
 * and the parabola in the overlays' colours, where gradient descent, Newton and the step land,
 * a strong-Wolfe search's trials with the Armijo line, and t = 0 and t = 1 marked. The same
 * heights as the window's panel (stepLineRange); `scale` sizes marks and text.
 */
export function paintStepLine(context: Context, line: StepLine, rect: FitRect, colors: StepLineColors, scale: number): void {
  const { lo, hi } = stepLineRange(line);
  const t0 = line.t[0]!;
  const t1 = line.t[line.t.length - 1]!;
  const x = (t: number) => rect.x + ((t - t0) / (t1 - t0)) * rect.width;
  const y = (f: number) => rect.y + ((hi - f) / (hi - lo)) * rect.height;
  context.save();
  context.font = stepLineLabelFont(scale);
  context.strokeStyle = colors.text;
  context.globalAlpha = 0.6;
  context.lineWidth = Math.max(1, scale);
  context.beginPath();
  context.moveTo(rect.x, rect.y);
  context.lineTo(rect.x, rect.y + rect.height);
  context.lineTo(rect.x + rect.width, rect.y + rect.height);
  context.stroke();
  context.fillStyle = colors.text;
  context.textBaseline = 'top';
  context.textAlign = 'right';
  const [loText, hiText] = formatRangeEnds(lo, hi);
  context.fillText(hiText, rect.x - 4 * scale, rect.y);
  context.textBaseline = 'bottom';
  context.fillText(loText, rect.x - 4 * scale, rect.y + rect.height);
  context.textAlign = 'center';
  context.textBaseline = 'top';
  context.setLineDash([2 * scale, 3 * scale]);
  for (const t of [0, 1]) {
    if (t < t0 || t > t1) continue;
    context.beginPath();
    context.moveTo(x(t), rect.y);
    context.lineTo(x(t), rect.y + rect.height);
    context.stroke();
    context.fillText(`t = ${t}`, x(t), rect.y + rect.height + 2 * scale);
  }
  context.setLineDash([]);
  context.globalAlpha = 1;
  context.beginPath();
  context.rect(rect.x, rect.y, rect.width, rect.height);
  context.clip();
  const curve = (values: Float64Array, color: string, width: number, dash: readonly number[] = []) => {
    context.strokeStyle = color;
    context.lineWidth = width * scale;
    context.setLineDash(dash.map((d) => d * scale));
    context.beginPath();
    let open = false;
    values.forEach((v, i) => {
      if (!Number.isFinite(v)) {
        open = false;
        return;
      }
      if (open) context.lineTo(x(line.t[i]!), y(v));
      else context.moveTo(x(line.t[i]!), y(v));
      open = true;
    });
    context.stroke();
    context.setLineDash([]);
  };
  curve(line.tangent, OVERLAY_STYLE.tangentPlane.color, 1.5, [5, 3]);
  curve(line.parabola, OVERLAY_STYLE.paraboloid.color, 1.5);
  // L-BFGS's belief along its step, dotted in f's colour, as in the window.
  if (line.believedParabola !== null) curve(line.believedParabola, colors.text, 1.5, [1.5, 2.5]);
  curve(line.f, colors.text, 2);
  const mark = (at: LineMark | null, color: string, shape: 'circle' | 'ring' | 'diamond') => {
    if (at === null || !Number.isFinite(at.f) || at.t < t0 || at.t > t1) return;
    const cx = x(at.t);
    // A landing far off the picture is pinned to its edge, as in the window.
    const cy = at.f > hi ? y(hi) + 5 * scale : at.f < lo ? y(lo) - 5 * scale : y(at.f);
    const r = (shape === 'circle' ? 4.5 : shape === 'ring' ? 6.5 : 6) * scale;
    context.fillStyle = color;
    context.beginPath();
    if (shape === 'ring') {
      context.strokeStyle = color;
      context.lineWidth = 2 * scale;
      context.arc(cx, cy, r, 0, 2 * Math.PI);
      context.stroke();
      return;
    }
    if (shape === 'circle') context.arc(cx, cy, r, 0, 2 * Math.PI);
    else {
      context.moveTo(cx, cy - r);
      context.lineTo(cx + r, cy);
      context.lineTo(cx, cy + r);
      context.lineTo(cx - r, cy);
      context.closePath();
    }
    context.fill();
  };
  mark(line.marks.gradient, OVERLAY_STYLE.tangentPlane.color, 'circle');
  mark(line.marks.newton, OVERLAY_STYLE.target.color, 'diamond');
  // Where a search's last trial is the step's own landing, the run's mark rings it.
  mark(line.marks.actual, colors.run, line.trials.length > 0 ? 'ring' : 'circle');
  // The search's trials lie over the marks: its last trial is where the step lands.
  if (line.trials.length > 0) {
    const [a, b] = line.armijo;
    context.strokeStyle = colors.trials;
    context.lineWidth = scale;
    context.setLineDash([2 * scale, 2 * scale]);
    context.beginPath();
    context.moveTo(x(a.t), y(a.f));
    context.lineTo(x(b.t), y(b.f));
    context.stroke();
    context.setLineDash([]);
    const half = 3 * scale;
    const dt = 0.06 * (t1 - t0);
    for (const trial of line.trials) {
      if (!Number.isFinite(trial.f)) continue;
      // The slope there, as a short tick: solid inside the curvature band, as in the window.
      context.lineWidth = 1.5 * scale;
      context.setLineDash(trial.curvature ? [] : [2 * scale, 2 * scale]);
      context.beginPath();
      context.moveTo(x(trial.t - dt), y(trial.f - trial.slope * dt));
      context.lineTo(x(trial.t + dt), y(trial.f + trial.slope * dt));
      context.stroke();
      context.setLineDash([]);
      context.lineWidth = 1.2 * scale;
      if (trial.armijo && trial.curvature) {
        context.fillStyle = colors.trials;
        context.fillRect(x(trial.t) - half, y(trial.f) - half, 2 * half, 2 * half);
      } else context.strokeRect(x(trial.t) - half, y(trial.f) - half, 2 * half, 2 * half);
    }
  }
  context.restore();
}
