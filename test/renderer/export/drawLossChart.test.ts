import { describe, expect, it } from 'vitest';
import { drawLossChart } from '../../../renderer/export/overlays/drawLossChart.ts';
import { lossChartScale } from '../../../renderer/ui/lossChartScale.ts';

/** The path commands a 2D context receives (the drawing itself needs a browser; the geometry does not). */
function recordingContext() {
  const lines: { x: number; y: number }[][] = [];
  const texts: string[] = [];
  const context = {
    save() {},
    restore() {},
    fillRect() {},
    stroke() {},
    fill() {},
    closePath() {},
    measureText: (text: string) => ({ width: 7 * text.length }),
    beginPath: () => lines.push([]),
    moveTo: (x: number, y: number) => lines.at(-1)!.push({ x, y }),
    lineTo: (x: number, y: number) => lines.at(-1)!.push({ x, y }),
    fillText: (text: string) => texts.push(text),
    rect() {},
    clip() {},
  };
  return { context: context as unknown as OffscreenCanvasRenderingContext2D, lines, texts };
}

const box = { x: 900, y: 300, width: 360, height: 400 };
const reference = { value: 0, ceiling: 1000, source: 'known minimum' as const };
const run = (f: number[], batchLosses: Float64Array | null = null) => ({
  label: 'gd',
  status: 'Used all steps',
  lastIterate: f.length - 1,
  color: '#f00',
  losses: { f, gradientNorm: f.map(() => 1) },
  batchLosses,
});

describe('the exported loss chart', () => {
  const losses = [100, 1, 0];

  it("uses the window's axis (f − f*, log), names it, and labels the iteration axis", () => {
    const { context, lines, texts } = recordingContext();
    drawLossChart(context, box, 720, { runs: [run(losses)], quantity: 'gap', scale: 'log', reference }, 2, '#fff', '#000');
    const curve = lines.at(-1)!;
    const [a, b, c] = curve.map((point) => point.y);
    expect(a).toBeLessThan(b!);
    expect(b).toBeLessThan(c!);
    const mapping = lossChartScale([losses], 'gap', 'log', reference);
    const [ma, mb, mc] = losses.map(mapping.map);
    expect((b! - a!) / (c! - a!)).toBeCloseTo((mb! - ma!) / (mc! - ma!), 9);
    expect(texts).toContain('f − f* (f* = 0, known minimum), log');
    expect(texts).toContain('iteration');
    expect(texts).toEqual(expect.arrayContaining(mapping.ticks.map((tick) => tick.label)));
    for (const point of curve) expect(point.x).toBeGreaterThanOrEqual(box.x);
  });

  it("draws a mini-batch run's batch losses under its loss, as far as the timeline has come", () => {
    const { context, lines } = recordingContext();
    const f = [100, 50, 25, 12, 6];
    const batch = new Float64Array([90, 40, 30, 10, 7]);
    drawLossChart(context, box, 720, { runs: [run(f, batch)], quantity: 'f', scale: 'linear', reference }, 2, '#fff', '#000');
    // The last two paths: the batch losses (iterates 0..2), then the loss itself.
    const [batchLine, lossLine] = lines.slice(-2);
    expect(batchLine!.length).toBe(3);
    expect(lossLine!.length).toBe(3);
    const mapping = lossChartScale([f], 'f', 'linear', reference);
    // Same x per iterate; heights in the ratio of the batch losses on the chart's axis.
    expect(batchLine!.map((p) => p.x)).toEqual(lossLine!.map((p) => p.x));
    const [b0, b1, b2] = batchLine!.map((p) => p.y);
    const [m0, m1, m2] = [...batch.slice(0, 3)].map(mapping.map);
    expect((b1! - b0!) / (b2! - b0!)).toBeCloseTo((m1! - m0!) / (m2! - m0!), 9);
    // A full-batch run draws its loss alone: the same last path, and no batch path before it.
    const full = recordingContext();
    drawLossChart(full.context, box, 720, { runs: [run(f)], quantity: 'f', scale: 'linear', reference }, 2, '#fff', '#000');
    expect(full.lines.at(-1)).toEqual(lossLine);
    expect(full.lines).not.toContainEqual(batchLine);
  });

  it('draws f itself on the linear axis', () => {
    const { context, lines, texts } = recordingContext();
    drawLossChart(context, box, 720, { runs: [run(losses)], quantity: 'f', scale: 'linear', reference }, 2, '#fff', '#000');
    const [a, b, c] = lines.at(-1)!.map((point) => point.y);
    expect((b! - a!) / (c! - a!)).toBeCloseTo(0.99, 9);
    expect(texts).toContain('f');
  });
});
