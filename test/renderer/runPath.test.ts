import { SphereGeometry } from 'three';
import type { Line2 } from 'three/examples/jsm/lines/Line2.js';
import type { LineGeometry } from 'three/examples/jsm/lines/LineGeometry.js';
import { describe, expect, it } from 'vitest';
import { RunPath, segmentBuffer } from '../../renderer/scene/RunPath.ts';

const world = new Float32Array([0, 0, 0, 1, 0, 0, 1, 1, 0, 2, 1, 1, 2, 2, 1]);

/** The path's lines, split into the whole path (shared geometry) and the segment in progress. */
function parts(path: RunPath) {
  const lines = path.children.filter((child): child is Line2 => (child as Line2).isLine2 === true);
  const geometries = [...new Set(lines.map((line) => line.geometry as LineGeometry))];
  const tail = lines.find((line) => line.geometry.attributes.instanceStart!.count === 1)!;
  const whole = geometries.find((geometry) => geometry !== tail.geometry)!;
  return { lines, whole, tail };
}

describe('a run path during playback', () => {
  const path = new RunPath('#ff0000', new SphereGeometry());
  path.setPoints(world, 5);
  const { whole, tail, lines } = parts(path);
  const version = segmentBuffer(whole).version;

  it('shows whole segments by count and the one in progress as its own segment ending at the marker', () => {
    path.reveal(2.5);
    expect(whole.instanceCount).toBe(2);
    expect(tail.visible).toBe(true);
    expect(Array.from(segmentBuffer(tail.geometry as LineGeometry).array)).toEqual([1, 1, 0, 1.5, 1, 0.5]);
    expect(path.marker.position.toArray()).toEqual([1.5, 1, 0.5]);
    path.reveal(3);
    expect(whole.instanceCount).toBe(3);
    expect(tail.visible).toBe(false);
    path.reveal(99);
    expect(whole.instanceCount).toBe(4);
    expect(path.marker.position.toArray()).toEqual([2, 2, 1]);
  });

  it('never rewrites or re-uploads the path itself, and queues no partial uploads (which would allocate)', () => {
    for (let i = 0; i < 200; i++) path.reveal(i / 50);
    expect(segmentBuffer(whole).version).toBe(version);
    for (const geometry of [whole, tail.geometry as LineGeometry])
      expect((geometry.attributes.instanceStart as unknown as { data: { updateRanges: unknown[] } }).data.updateRanges).toHaveLength(0);
  });

  it('draws the faint, the unhidden and the contour-view line for the path and for its segment in progress', () => {
    expect(lines).toHaveLength(6);
    path.dispose();
  });
});
