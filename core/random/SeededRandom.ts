/**
 * The one source of randomness in core: Mulberry32 (Tommy Ettinger, 2017), a 32-bit generator
 * that passes PractRand to 2^30 bytes and whose whole state is one integer, so a seed in a
 * session or on the command line always gives the same numbers on every machine.
 * Normal deviates come from the Box–Muller transform, both of its outputs used in turn.
 */
export class SeededRandom {
  #state: number;
  #spareNormal: number | undefined;

  /** Any whole number is a seed; seeds equal modulo 2^32 give the same stream. */
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A uniform number in [0, 1) with 32 random bits. */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [0, n), unbiased (rejection of the top remainder). */
  below(n: number): number {
    const limit = Math.floor(4294967296 / n) * n;
    for (;;) {
      const draw = this.next() * 4294967296;
      if (draw < limit) return draw % n;
    }
  }

  /** A standard normal deviate. */
  normal(): number {
    const spare = this.#spareNormal;
    if (spare !== undefined) {
      this.#spareNormal = undefined;
      return spare;
    }
    const u = 1 - this.next(); // (0, 1]: log(u) is finite
    const angle = 2 * Math.PI * this.next();
    const radius = Math.sqrt(-2 * Math.log(u));
    this.#spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  /** Fisher–Yates: `order` permuted in place, every permutation equally likely. */
  shuffle<T extends { [index: number]: number; length: number }>(order: T): T {
    for (let i = order.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      const held = order[i]!;
      order[i] = order[j]!;
      order[j] = held;
    }
    return order;
  }
}
