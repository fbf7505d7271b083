import { fromRule } from './fromRule.ts';
import type { Optimizer } from './Optimizer.ts';

/** Gradient descent keeps nothing between steps. */
export type GdState = Readonly<Record<string, never>>;

/** x ← x − lr·g (torch.optim.SGD without momentum). */
export function gd({ lr }: { readonly lr: number }): Optimizer<GdState> {
  return fromRule<GdState>(
    () => ({}),
    (grad, _state, _params, _context, out) => {
      out.dx = -lr * grad[0];
      out.dy = -lr * grad[1];
      return undefined;
    },
  );
}
