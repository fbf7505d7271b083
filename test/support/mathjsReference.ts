import { create, all, type MathNode } from 'mathjs';

/**
 * An independent symbolic reference: mathjs's own derivative rules and its own evaluator, which
 * share nothing with Curvature's differentiator and code generator but the parser.
 */
const math = create(all!, { predictable: true });

export interface Reference {
  value(x: number, y: number): number;
  gradient(x: number, y: number): [number, number];
  /** [hxx, hxy, hyx, hyy]: both mixed partials, to check symmetry. */
  hessian(x: number, y: number): [number, number, number, number];
}

export function mathjsReference(text: string): Reference {
  const f = math.parse(text);
  const d = (node: MathNode, v: string) => math.derivative(node, v, { simplify: false });
  const fx = d(f, 'x');
  const fy = d(f, 'y');
  const compiled = [f, fx, fy, d(fx, 'x'), d(fx, 'y'), d(fy, 'x'), d(fy, 'y')].map((node) => node.compile());
  const at = (i: number, x: number, y: number): number => {
    const result: unknown = compiled[i]!.evaluate({ x, y });
    return typeof result === 'number' ? result : NaN;
  };
  return {
    value: (x, y) => at(0, x, y),
    gradient: (x, y) => [at(1, x, y), at(2, x, y)],
    hessian: (x, y) => [at(3, x, y), at(4, x, y), at(5, x, y), at(6, x, y)],
  };
}

/** |a − b| ≤ tolerance · max(1, |a|, |b|). */
export function closeRelative(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}
