import { describe, expect, it } from 'vitest';
import { localModels } from '../../../core/models/localModels.ts';
import type { Objective } from '../../../core/objective/Objective.ts';
import type { OptimizerName } from '../../../core/optimizers/registry.ts';
import { resolveFunction } from '../../../core/resolveFunction.ts';
import type { Schedule } from '../../../core/schedules/Schedule.ts';
import { scheduleValues } from '../../../core/schedules/registry.ts';
import { runTrajectory } from '../../../core/trajectory/runTrajectory.ts';
import { stepAnatomy, stepHyperparameters } from '../../../core/trajectory/stepAnatomy.ts';
import type { Trajectory } from '../../../core/trajectory/Trajectory.ts';

function objectiveOf(text: string): Objective {
  const resolved = resolveFunction(text);
  if (!resolved.ok) throw new Error(resolved.error.message);
  return resolved.value.objective;
}

function run(objective: Objective, optimizer: OptimizerName, start: [number, number], steps: number, params = {}, schedule?: Schedule) {
  const result = runTrajectory(objective, optimizer, start, { steps, params, ...(schedule ? { schedule } : {}) });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function anatomyAt(
  objective: Objective,
  trajectory: Trajectory,
  k: number,
  schedule: Schedule | null = null,
  steps = trajectory.pointCount - 1,
) {
  const p = trajectory.points;
  const models = localModels(objective, p[3 * k]!, p[3 * k + 1]!);
  return stepAnatomy(objective, trajectory, k, models.ok ? models.value : null, stepHyperparameters(trajectory, schedule, steps)(k));
}

describe('stepAnatomy', () => {
  const bowl = objectiveOf('x^2 + x*y + 3*y^2');

  it('gives −lr·∇f and Newton’s −H⁻¹∇f at a point, as worked by hand, with f where each lands', () => {
    // At (1, 0.5): ∇f = (2x + y, x + 6y) = (2.5, 4); H = [[2, 1], [1, 6]], det 11, so H⁻¹∇f = (6·2.5 − 4, −2.5 + 2·4)/11 = (1, 0.5).
    const trajectory = run(bowl, 'gd', [1, 0.5], 3, { lr: 0.1 });
    const anatomy = anatomyAt(bowl, trajectory, 0);
    expect(anatomy.gradient!.delta[0]).toBeCloseTo(-0.25, 14);
    expect(anatomy.gradient!.delta[1]).toBeCloseTo(-0.4, 14);
    expect(anatomy.gradient!.f).toBeCloseTo(0.75 ** 2 + 0.75 * 0.1 + 3 * 0.1 ** 2, 14);
    expect(anatomy.newton!.delta[0]).toBeCloseTo(-1, 14);
    expect(anatomy.newton!.delta[1]).toBeCloseTo(-0.5, 14);
    expect(anatomy.newton!.f).toBeCloseTo(0, 14);
    expect(anatomy.noNewton).toBeNull();
    // Gradient descent's arrow is its step: it ends at the next iterate.
    expect(trajectory.points[3]! - 1).toBeCloseTo(anatomy.gradient!.delta[0], 14);
    expect(anatomy.momentum).toBeNull();
    expect(anatomy.lbfgs).toBeNull();
  });

  it('has no Newton arrow where H is not positive definite, and says why', () => {
    const saddle = objectiveOf('x^2 - y^2');
    const anatomy = anatomyAt(saddle, run(saddle, 'gd', [0.5, 0.5], 2, { lr: 0.1 }), 0);
    expect(anatomy.newton).toBeNull();
    expect(anatomy.noNewton).toBe('not-positive-definite');
    expect(anatomy.gradient!.delta).toEqual([-0.1, 0.1]);
  });

  const rosenbrock = objectiveOf('rosenbrock');

  /** torch.optim.SGD's buffer, written out here: b₁ = g₀, then b ← μ·b + g. */
  function torchBuffers(trajectory: Trajectory, momenta: (k: number) => number): [number, number][] {
    const g = trajectory.gradients;
    const buffers: [number, number][] = [[0, 0]];
    for (let k = 0; k + 1 < trajectory.pointCount; k++) {
      const [bx, by] = buffers[k]!;
      const mu = momenta(k);
      buffers.push(k === 0 ? [g[0]!, g[1]!] : [mu * bx + g[2 * k]!, mu * by + g[2 * k + 1]!]);
    }
    return buffers;
  }

  it('gives momentum’s buffer as the run held it, scaled as its share of the step: −lr·μ·b, and −lr·μ²·b for Nesterov', () => {
    for (const optimizer of ['momentum', 'nesterov'] as const) {
      const lr = 1e-3;
      const mu = 0.9;
      const trajectory = run(rosenbrock, optimizer, [-1.2, 1], 40, { lr, momentum: mu });
      const buffers = torchBuffers(trajectory, () => mu);
      const weight = optimizer === 'momentum' ? mu : mu * mu;
      expect(anatomyAt(rosenbrock, trajectory, 0).momentum, 'no buffer at the start').toBeNull();
      for (let k = 1; k < trajectory.pointCount; k++) {
        const anatomy = anatomyAt(rosenbrock, trajectory, k);
        const [bx, by] = buffers[k]!;
        expect(anatomy.momentum!.delta[0], `${optimizer} ${k}`).toBeCloseTo(-lr * weight * bx, 13);
        expect(anatomy.momentum!.delta[1], `${optimizer} ${k}`).toBeCloseTo(-lr * weight * by, 13);
        if (k + 1 >= trajectory.pointCount) continue;
        // The step taken is the gradient's share plus the buffer's: (1 + μ)·(−lr·g) for Nesterov.
        const p = trajectory.points;
        const gradientShare = optimizer === 'momentum' ? 1 : 1 + mu;
        expect(p[3 * (k + 1)]! - p[3 * k]!).toBeCloseTo(gradientShare * anatomy.gradient!.delta[0] + anatomy.momentum!.delta[0], 12);
        expect(p[3 * (k + 1) + 1]! - p[3 * k + 1]!).toBeCloseTo(
          gradientShare * anatomy.gradient!.delta[1] + anatomy.momentum!.delta[1],
          12,
        );
      }
    }
  });

  it('follows a schedule: each step’s own lr and, under OneCycleLR, its cycled momentum', () => {
    const steps = 30;
    const schedule: Schedule = { name: 'OneCycleLR', settings: { max_lr: 2e-3, total_steps: steps } };
    const trajectory = run(rosenbrock, 'momentum', [-1.2, 1], steps, { lr: 1e-3, momentum: 0.9 }, schedule);
    const values = scheduleValues(schedule, 1e-3, steps);
    const buffers = torchBuffers(trajectory, (k) => values.momentum![k]!);
    for (let k = 1; k < trajectory.pointCount; k++) {
      const anatomy = anatomyAt(rosenbrock, trajectory, k, schedule, steps);
      const g = trajectory.gradients;
      expect(anatomy.gradient!.delta[0]).toBeCloseTo(-values.lr[k]! * g[2 * k]!, 14);
      expect(anatomy.momentum!.delta[0]).toBeCloseTo(-values.lr[k]! * values.momentum![k]! * buffers[k]![0], 13);
      expect(anatomy.momentum!.delta[1]).toBeCloseTo(-values.lr[k]! * values.momentum![k]! * buffers[k]![1], 13);
    }
  });

  it('gives L-BFGS’s direction d: −∇f on the first step, and the step taken is t·d', () => {
    for (const lineSearch of ['none', 'strong-wolfe']) {
      const trajectory = run(rosenbrock, 'lbfgs', [-1.2, 1], 12, { lineSearch });
      const first = anatomyAt(rosenbrock, trajectory, 0);
      expect(first.lbfgs!.delta).toEqual([-trajectory.gradients[0]!, -trajectory.gradients[1]!]);
      const t = trajectory.lineSearch!.directions;
      for (let k = 0; k + 1 < trajectory.pointCount; k++) {
        const d = anatomyAt(rosenbrock, trajectory, k).lbfgs!.delta;
        const p = trajectory.points;
        expect(p[3 * (k + 1)]! - p[3 * k]!).toBeCloseTo(t[3 * k + 2]! * d[0], 12);
        expect(p[3 * (k + 1) + 1]! - p[3 * k + 1]!).toBeCloseTo(t[3 * k + 2]! * d[1], 12);
      }
      expect(anatomyAt(rosenbrock, trajectory, trajectory.pointCount - 1).lbfgs, 'no step from the last iterate').toBeNull();
    }
  });
});
