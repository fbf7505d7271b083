import type { RunSummary, TrajectorySummary } from '../ExportScene.ts';
import { TRAJECTORY_STYLE } from '../../scene/TrajectoryPath.ts';
import { readableOn } from '../../scene/readableColor.ts';
import { OVERLAY_STYLE } from '../../scene/overlayStyle.ts';
import { clipNote, type OverlayKeyState } from '../../ui/OverlayKey.ts';
import { OVERLAY_FONT, PANEL_ALPHA, overlayScale } from './OverlayContent.ts';

type Context = OffscreenCanvasRenderingContext2D;

/** One legend row: a swatch (a line for a run, a square or ring for an overlay), a name and a quieter note. */
interface Row {
  readonly color: string;
  readonly swatch: 'line' | 'dashed' | 'square' | 'ring';
  readonly name: string;
  readonly note: string;
}

/** The runs' rows: each run's name (as the window names it) and its stop reason, as the window's legend says it. */
export const runRows = (runs: readonly RunSummary[]): Row[] =>
  runs.map((run) => ({ color: run.color, swatch: 'line', name: run.label, note: run.status }));

/** Trajectory files' rows: a dashed line in the paths' colour, the file's name and its checkpoints. */
export const trajectoryRows = (trajectories: readonly TrajectorySummary[]): Row[] =>
  trajectories.map((trajectory) => ({ color: TRAJECTORY_STYLE.color, swatch: 'dashed', name: trajectory.name, note: trajectory.note }));

/** The overlay key's rows, with the window's names and colours (one source: overlayStyle.ts). */
export const keyRows = (key: OverlayKeyState): Row[] =>
  key.shown.map((name) => {
    const clipped = name === 'tangentPlane' || name === 'paraboloid' ? key.clipping[name] : null;
    return {
      color: OVERLAY_STYLE[name].color,
      swatch: name === 'target' ? 'ring' : 'square',
      name: OVERLAY_STYLE[name].label,
      note: clipped === null ? '' : clipNote(clipped),
    };
  });

/**
 * A panel of rows from (x, y), no wider than `maxWidth`: a note that does not fit beside its name
 * goes on a line of its own. Returns the panel's bottom edge (y when there are no rows).
 */
export function drawRows(
  context: Context,
  x: number,
  y: number,
  maxWidth: number,
  height: number,
  rows: readonly Row[],
  color: string,
  panel: string,
): number {
  if (rows.length === 0) return y;
  const scale = overlayScale(height);
  const nameSize = Math.round(16 * scale);
  const noteSize = Math.round(14 * scale);
  const line = Math.round(nameSize * 1.45);
  const pad = Math.round(8 * scale);
  const swatch = Math.round(18 * scale);
  const gap = Math.round(8 * scale);
  const textRoom = maxWidth - 2 * pad - swatch - gap;
  const nameFont = `500 ${nameSize}px ${OVERLAY_FONT}`;
  const noteFont = `${noteSize}px ${OVERLAY_FONT}`;
  context.save();
  const laid = rows.map((row) => {
    context.font = nameFont;
    const nameWidth = Math.min(context.measureText(row.name).width, textRoom);
    context.font = noteFont;
    const noteWidth = row.note === '' ? 0 : context.measureText(row.note).width;
    const beside = row.note === '' || nameWidth + gap + noteWidth <= textRoom;
    const width = beside ? nameWidth + (row.note === '' ? 0 : gap + noteWidth) : Math.max(nameWidth, Math.min(noteWidth, textRoom));
    return { row, nameWidth, beside, width, lines: beside ? 1 : 2 };
  });
  const panelWidth = 2 * pad + swatch + gap + Math.max(...laid.map((item) => item.width));
  const panelHeight = 2 * pad + line * laid.reduce((sum, item) => sum + item.lines, 0);
  context.globalAlpha = PANEL_ALPHA;
  context.fillStyle = panel;
  context.fillRect(x, y, panelWidth, panelHeight);
  context.globalAlpha = 1;
  context.textBaseline = 'middle';
  let cy = y + pad + line / 2;
  for (const { row, nameWidth, beside, lines } of laid) {
    const sx = x + pad;
    const swatchColor = readableOn(row.color, panel);
    context.strokeStyle = swatchColor;
    context.fillStyle = swatchColor;
    context.lineWidth = Math.max(2, 3.5 * scale);
    if (row.swatch === 'line' || row.swatch === 'dashed') {
      context.setLineDash(row.swatch === 'dashed' ? [swatch / 4, swatch / 6] : []);
      context.beginPath();
      context.moveTo(sx, cy);
      context.lineTo(sx + swatch, cy);
      context.stroke();
      context.setLineDash([]);
    } else if (row.swatch === 'square') {
      context.fillRect(sx + swatch * 0.15, cy - swatch * 0.35, swatch * 0.7, swatch * 0.7);
    } else {
      context.beginPath();
      context.arc(sx + swatch / 2, cy, swatch * 0.32, 0, 2 * Math.PI);
      context.stroke();
    }
    const tx = sx + swatch + gap;
    context.fillStyle = color;
    context.font = nameFont;
    context.fillText(row.name, tx, cy, textRoom);
    if (row.note !== '') {
      context.globalAlpha = 0.78;
      context.font = noteFont;
      if (beside) context.fillText(row.note, tx + nameWidth + gap, cy);
      else context.fillText(row.note, tx, cy + line, textRoom);
      context.globalAlpha = 1;
    }
    cy += line * lines;
  }
  context.restore();
  return y + panelHeight;
}
