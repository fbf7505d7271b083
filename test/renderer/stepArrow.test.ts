import { describe, expect, it } from 'vitest';
import { StepArrow } from '../../renderer/scene/StepArrow.ts';

describe('a step-anatomy arrow', () => {
  it('says when the step is shorter than its smallest head, so the key can say it is tiny', () => {
    const arrow = new StepArrow('#ffffff');
    expect(arrow.place([0, 0, 0], [0.3, 0, 0], 1, 1)).toBe(true);
    expect(arrow.short).toBe(false);
    // lr 0.001 on Rosenbrock: a step of a few thousandths of the box.
    expect(arrow.place([0, 0, 0], [0.004, 0.001, 0], 1, 1)).toBe(true);
    expect(arrow.short).toBe(true);
    expect(arrow.to.x).toBeCloseTo(0.004, 9);
    arrow.dispose();
  });
});
