import type { RunSummary, TrajectorySummary } from '../ExportScene.ts';
import { TRAJECTORY_STYLE } from '../../scene/TrajectoryPath.ts';
import { readableOn } from '../../scene/readableColor.ts';
import type { KeyLine } from '../../scene/overlays/Overlay.ts';
import { OVERLAY_FONT, PANEL_ALPHA, overlayScale } from './OverlayContent.ts';

type Context = OffscreenCanvasRenderingContext2D;

/** One legend row: a swatch (a line for a run, a square or ring for an overlay), a name and a quieter note. */
interface Row {
  readonly color: string;
  readonly swatch: 'line' | 'dashed' | 'square' | 'ring';
  readonly name: string;
  readonly note: string;
}

/**
 * The runs' rows at timeline position `iteration`: each run's name (as the window names it) and,
 * once the run has reached its last iterate, its stop reason as the window's legend says it (an
 * animation does not give away how a run ends before it gets there).
 */
export const runRows = (runs: readonly RunSummary[], iteration: number): Row[] =>
  runs.map((run) => ({ color: run.color, swatch: 'line', name: run.label, note: iteration >= run.lastIterate ? run.status : '' }));

/** Trajectory files' rows: a dashed line in the paths' colour, the file's name and its checkpoints. */
export const trajectoryRows = (trajectories: readonly TrajectorySummary[]): Row[] =>
  trajectories.map((trajectory) => ({ color: TRAJECTORY_STYLE.color, swatch: 'dashed', name: trajectory.name, note: trajectory.note }));

/** The overlay key's rows, the window's key lines; `compact`: the short names and notes. */
export const keyRows = (key: readonly KeyLine[], compact = false): Row[] =>
  key.map((line) => ({
    color: line.color,
    swatch: line.swatch,
    name: compact ? line.short : line.label,
    note: compact ? line.shortNote : line.note,
  }));

/** Splits `text` into lines no wider than `width` at spaces (a word wider than that keeps a line of its own). */
function wrapText(context: Context, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Rows laid out for a panel: each row's lines, and the panel's size. */
export interface RowPanel {
  readonly width: number;
  readonly height: number;
  readonly rows: readonly LaidRow[];
  readonly scale: number;
}

interface LaidRow {
  readonly row: Row;
  readonly names: readonly string[];
  readonly lastName: number;
  readonly beside: boolean;
  readonly notes: readonly string[];
}

const metrics = (height: number) => {
  const scale = overlayScale(height);
  const nameSize = Math.round(16 * scale);
  const noteSize = Math.round(14 * scale);
  return {
    scale,
    line: Math.round(nameSize * 1.45),
    pad: Math.round(8 * scale),
    swatch: Math.round(18 * scale),
    gap: Math.round(8 * scale),
    nameFont: `500 ${nameSize}px ${OVERLAY_FONT}`,
    noteFont: `${noteSize}px ${OVERLAY_FONT}`,
  };
};

/**
 * Lays rows out in a panel no wider than `maxWidth`: a name too long for it wraps, and a note that
 * does not fit beside its name goes on lines of its own.
 */
export function layoutRows(context: Context, maxWidth: number, height: number, rows: readonly Row[]): RowPanel {
  const { scale, line, pad, swatch, gap, nameFont, noteFont } = metrics(height);
  const textRoom = maxWidth - 2 * pad - swatch - gap;
  context.save();
  let widest = 0;
  let lines = 0;
  const laid = rows.map((row): LaidRow => {
    context.font = nameFont;
    const names = wrapText(context, row.name, textRoom);
    const nameWidths = names.map((text) => context.measureText(text).width);
    context.font = noteFont;
    const noteWidth = row.note === '' ? 0 : context.measureText(row.note).width;
    const lastName = nameWidths[nameWidths.length - 1]!;
    const beside = row.note === '' || lastName + gap + noteWidth <= textRoom;
    const notes = beside ? [] : wrapText(context, row.note, textRoom);
    const width = Math.max(
      ...nameWidths,
      beside && row.note !== '' ? lastName + gap + noteWidth : 0,
      ...notes.map((text) => context.measureText(text).width),
    );
    widest = Math.max(widest, Math.min(width, textRoom));
    lines += names.length + notes.length;
    return { row, names, lastName, beside, notes };
  });
  context.restore();
  return { width: 2 * pad + swatch + gap + widest, height: rows.length === 0 ? 0 : 2 * pad + line * lines, rows: laid, scale };
}

/**
 * Draws a laid-out panel with its top left corner at (x, y). It lies over the surface, so its text
 * carries a halo of `backing` instead of a box: no translucent rectangle, stepped where two panels
 * of different widths meet, darkens the surface behind it.
 */
export function drawRowPanel(
  context: Context,
  x: number,
  y: number,
  panel: RowPanel,
  height: number,
  color: string,
  backing: string,
): void {
  if (panel.rows.length === 0) return;
  const { scale, line, pad, swatch, gap, nameFont, noteFont } = metrics(height);
  context.save();
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  const halo = Math.max(2, 3 * scale);
  /** Text with the background's halo under it. */
  const write = (text: string, tx: number, ty: number) => {
    context.save();
    context.globalAlpha *= PANEL_ALPHA;
    context.strokeStyle = backing;
    context.lineWidth = halo;
    context.strokeText(text, tx, ty);
    context.restore();
    context.fillText(text, tx, ty);
  };
  let cy = y + pad + line / 2;
  for (const { row, names, lastName, beside, notes } of panel.rows) {
    const sx = x + pad;
    const swatchColor = readableOn(row.color, backing);
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
    names.forEach((text, index) => write(text, tx, cy + index * line));
    cy += line * (names.length - 1);
    if (row.note !== '') {
      context.globalAlpha = 0.78;
      context.font = noteFont;
      if (beside) write(row.note, tx + lastName + gap, cy);
      else notes.forEach((text, index) => write(text, tx, cy + (index + 1) * line));
      context.globalAlpha = 1;
    }
    cy += line * (notes.length + 1);
  }
  context.restore();
}
