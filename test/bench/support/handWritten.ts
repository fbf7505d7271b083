/**
 * Rosenbrock, Ackley and Goldstein–Price with gradients and Hessians derived by hand: the floor
 * the compiled objectives are measured against.
 */
type Writer = (x: number, y: number, out: Float64Array) => void;

export interface HandWritten {
  readonly valueAndGradient: Writer;
  readonly value: (x: number, y: number) => number;
  readonly gradient: Writer;
}

export const HAND_WRITTEN: Readonly<Record<'rosenbrock' | 'ackley' | 'goldstein-price', HandWritten>> = {
  rosenbrock: {
    value: (x, y) => (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x),
    gradient: (x, y, out) => {
      const r = y - x * x;
      out[0] = -2 * (1 - x) - 400 * x * r;
      out[1] = 200 * r;
    },
    valueAndGradient: (x, y, out) => {
      const r = y - x * x;
      out[0] = (1 - x) * (1 - x) + 100 * r * r;
      out[1] = -2 * (1 - x) - 400 * x * r;
      out[2] = 200 * r;
    },
  },
  ackley: {
    value: (x, y) =>
      -20 * Math.exp(-0.2 * Math.sqrt(0.5 * (x * x + y * y))) -
      Math.exp(0.5 * (Math.cos(2 * Math.PI * x) + Math.cos(2 * Math.PI * y))) +
      Math.E +
      20,
    gradient: (x, y, out) => {
      const r = Math.sqrt(0.5 * (x * x + y * y));
      const a = Math.exp(-0.2 * r);
      const c = Math.exp(0.5 * (Math.cos(2 * Math.PI * x) + Math.cos(2 * Math.PI * y)));
      out[0] = (2 * x * a) / r + Math.PI * Math.sin(2 * Math.PI * x) * c;
      out[1] = (2 * y * a) / r + Math.PI * Math.sin(2 * Math.PI * y) * c;
    },
    valueAndGradient: (x, y, out) => {
      const r = Math.sqrt(0.5 * (x * x + y * y));
      const a = Math.exp(-0.2 * r);
      const c = Math.exp(0.5 * (Math.cos(2 * Math.PI * x) + Math.cos(2 * Math.PI * y)));
      out[0] = -20 * a - c + Math.E + 20;
      out[1] = (2 * x * a) / r + Math.PI * Math.sin(2 * Math.PI * x) * c;
      out[2] = (2 * y * a) / r + Math.PI * Math.sin(2 * Math.PI * y) * c;
    },
  },
  'goldstein-price': {
    value: (x, y) => {
      const s = x + y + 1;
      const t = 2 * x - 3 * y;
      const p = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y;
      const q = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y;
      return (1 + s * s * p) * (30 + t * t * q);
    },
    gradient: (x, y, out) => goldsteinPrice(x, y, out, 0),
    valueAndGradient: (x, y, out) => goldsteinPrice(x, y, out, 1),
  },
};

function goldsteinPrice(x: number, y: number, out: Float64Array, offset: 0 | 1): void {
  const s = x + y + 1;
  const t = 2 * x - 3 * y;
  const p = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y;
  const q = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y;
  const a = 1 + s * s * p;
  const b = 30 + t * t * q;
  const px = -14 + 6 * x + 6 * y;
  const ax = 2 * s * p + s * s * px;
  const ay = 2 * s * p + s * s * px;
  const bx = 4 * t * q + t * t * (-32 + 24 * x - 36 * y);
  const by = -6 * t * q + t * t * (48 - 36 * x + 54 * y);
  if (offset === 1) out[0] = a * b;
  out[offset] = ax * b + a * bx;
  out[offset + 1] = ay * b + a * by;
}
