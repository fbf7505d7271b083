import type { Optimizer } from './Optimizer.ts';

/** Gradient descent keeps nothing between steps. */
export type GdState = Readonly<Record<string, never>>;

const EMPTY: GdState = Object.freeze({});

/** x ← x − lr·g (torch.optim.SGD without momentum). */
export function gd({ lr }: { readonly lr: number }): Optimizer<GdState> {
  return {
    init: () => EMPTY,
    update: ([gx, gy], state) => [{ kind: 'move', dx: -lr * gx, dy: -lr * gy }, state],
  };
}
