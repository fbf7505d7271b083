import { describe, expect, it } from 'vitest';
import { stopLabel } from '../../renderer/ui/stopLabel.ts';

describe('stop labels', () => {
  it('a converged run says what kind of point it reached', () => {
    expect(stopLabel('converged', 'bowl')).toBe('Converged to a minimum');
    expect(stopLabel('converged', 'dome')).toBe('Converged to a maximum');
    expect(stopLabel('converged', 'saddle')).toBe('Converged to a saddle point');
    expect(stopLabel('converged', null)).toBe('Converged');
    expect(stopLabel('diverged', 'bowl')).toBe('Diverged');
  });
});
