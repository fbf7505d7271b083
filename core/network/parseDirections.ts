import { fail, ok, type Result } from '../result.ts';
import { flattenLayers, type NetworkLayout } from './NetworkLayout.ts';
import { networkError, type NetworkError } from './NetworkError.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `DIRS.json` ({ "directions": [D1, D2] }, each shaped like the network's `layers`: a weight and a
 * bias per layer) → two flat directions laid out as θ, or what does not match the network.
 */
export function parseDirections(value: unknown, layout: NetworkLayout): Result<[Float64Array, Float64Array], NetworkError> {
  if (!isRecord(value) || !Array.isArray(value.directions) || value.directions.length !== 2)
    return fail(networkError('A directions file holds { "directions": [D1, D2] }, each a list of layers with "weight" and "bias".'));
  const layerCount = layout.activations.length;
  const flat: Float64Array[] = [];
  for (const [d, direction] of (value.directions as unknown[]).entries()) {
    const name = `Direction ${d + 1}`;
    if (!Array.isArray(direction) || direction.length !== layerCount)
      return fail(
        networkError(
          `${name} must have ${layerCount} layers, as the network has, not ${Array.isArray(direction) ? direction.length : 'none'}.`,
        ),
      );
    for (const [l, layer] of direction.entries()) {
      const rows = layout.sizes[l + 1]!;
      const columns = layout.sizes[l]!;
      const where = `${name}, layer ${l + 1}`;
      const weight = isRecord(layer) ? layer.weight : undefined;
      const bias = isRecord(layer) ? layer.bias : undefined;
      if (!Array.isArray(weight) || weight.length !== rows || !weight.every((row) => Array.isArray(row) && row.length === columns))
        return fail(networkError(`${where}: "weight" must be ${rows} × ${columns}, as the network's is.`));
      if (!Array.isArray(bias) || bias.length !== rows)
        return fail(networkError(`${where}: "bias" must have ${rows} entries, as the network's has.`));
      const numbers = [...(weight as unknown[][]).flat(), ...bias];
      if (!numbers.every((entry) => typeof entry === 'number' && Number.isFinite(entry)))
        return fail(networkError(`${where} has an entry that is not a finite number.`));
    }
    flat.push(flattenLayers(layout, direction as { weight: number[][]; bias: number[] }[]));
  }
  return ok(flat as [Float64Array, Float64Array]);
}
