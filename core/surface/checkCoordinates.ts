import { SURFACE_LIMITS } from './surfaceLimits.ts';

/** Coordinates along one axis as Float64Array, or a sentence saying why they cannot be. */
export function checkCoordinates(numbers: ArrayLike<unknown>, label: string): Float64Array | string {
  if (numbers.length < 2)
    return `${label} has ${numbers.length} value${numbers.length === 1 ? '' : 's'}; a surface needs at least 2 along each axis.`;
  if (numbers.length > SURFACE_LIMITS.maxNodes)
    return `${label} has ${numbers.length} values, more than the ${SURFACE_LIMITS.maxNodes} allowed.`;
  const values = new Float64Array(numbers.length);
  for (let i = 0; i < numbers.length; i++) {
    const value = numbers[i];
    if (typeof value !== 'number' || !Number.isFinite(value)) return `${label}[${i}] is ${String(value)}, not a finite number.`;
    if (i > 0 && !(value > values[i - 1]!)) {
      return `${label} must increase strictly, but ${label}[${i - 1}] = ${values[i - 1]} is followed by ${value}.`;
    }
    values[i] = value;
  }
  return values;
}
