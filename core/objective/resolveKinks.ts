import { MAX_RESOLVED_KINKS } from '../expression/kink.ts';
import type { Vector } from './Objective.ts';

/** Compiled derivative code over (x, y, out, kinks): see generateCode and expression/kink.ts. */
export type KinkedWriter = (x: number, y: number, out: Vector, kinks: Float64Array) => void;

/**
 * A writer for code with `kinks` slots. It runs once with every slot NaN: away from every kink
 * that is the answer. Where an output comes out NaN, it runs again for each combination of ±1 in
 * the slots (each kink's one-sided slope); an output that all combinations give alike and finite
 * is the derivative there (|x|³ at 0: 0), one they disagree on has none (|x| at 0) and stays NaN.
 */
export function resolvingKinks(write: KinkedWriter, kinks: number, outputs: number): (x: number, y: number, out: Vector) => void {
  const unknownSigns = new Float64Array(kinks).fill(NaN);
  const signs = new Float64Array(kinks);
  const trial = new Float64Array(outputs);
  const agreed = new Float64Array(outputs);
  return (x, y, out) => {
    write(x, y, out, unknownSigns);
    let unresolved = false;
    for (let i = 0; i < outputs; i++) if (Number.isNaN(out[i])) unresolved = true;
    if (!unresolved || kinks > MAX_RESOLVED_KINKS) return;
    for (let combination = 0; combination < 1 << kinks; combination++) {
      for (let k = 0; k < kinks; k++) signs[k] = combination & (1 << k) ? -1 : 1;
      write(x, y, trial, signs);
      let resolvable = false;
      for (let i = 0; i < outputs; i++) {
        if (combination === 0) agreed[i] = trial[i]!;
        else if (agreed[i] !== trial[i]) agreed[i] = NaN;
        if (Number.isNaN(out[i]) && Number.isFinite(agreed[i])) resolvable = true;
      }
      // Nothing left to agree on (a hole in f's domain, or sides that already differ): stop trying.
      if (!resolvable) return;
    }
    for (let i = 0; i < outputs; i++) if (Number.isNaN(out[i]) && Number.isFinite(agreed[i])) out[i] = agreed[i]!;
  };
}
