import { fail, ok, type Result } from '../result.ts';
import { escapeUnprintable, excerpt } from '../text/quoteUntrusted.ts';
import { networkError, quote, type NetworkError } from './NetworkError.ts';
import {
  ACTIVATIONS,
  LOSSES,
  MAX_NETWORK_FILE_LENGTH,
  MAX_NETWORK_PARAMETERS,
  NETWORK_FORMAT,
  type Activation,
  type LayerSpec,
  type LossName,
  type NetworkSpec,
} from './NetworkSpec.ts';

class Invalid {
  constructor(readonly message: string) {}
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `NET.json` text → a checked network, or the first thing wrong with it. */
export function parseNetworkText(text: string): Result<NetworkSpec, NetworkError> {
  if (text.length > MAX_NETWORK_FILE_LENGTH)
    return fail(networkError(`The network file is larger than ${MAX_NETWORK_FILE_LENGTH / 1024 / 1024} MB; it was not read.`));
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // V8 quotes the text in its message; keep only the position.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/,\s*".*"(\.\.\.)?\s*is not valid JSON\s*$/s, '');
    // What is left may still hold a character of the file (Unexpected token '…'): shown escaped and short.
    return fail(networkError(`The network file is not valid JSON: ${escapeUnprintable(excerpt(detail, 120))}.`.replace(/\.\.$/, '.')));
  }
  return validateNetwork(value);
}

/**
 * Checks a network given as plain data (a parsed `NET.json` or one built in the window): the
 * format, the names, the loss, every layer's shape and activation, that the shapes chain from
 * the inputs to an output the loss can read, that every number is finite, and the parameter cap.
 */
export function validateNetwork(value: unknown): Result<NetworkSpec, NetworkError> {
  try {
    return ok(checkNetwork(value));
  } catch (error) {
    if (error instanceof Invalid) return fail(networkError(error.message));
    throw error;
  }
}

function checkNetwork(value: unknown): NetworkSpec {
  if (!isRecord(value)) throw new Invalid(`A network file holds one JSON object with "format": "${NETWORK_FORMAT}".`);
  if (value.format !== NETWORK_FORMAT)
    throw new Invalid(`The file's "format" is ${quote(value.format ?? 'missing')}, not "${NETWORK_FORMAT}": it is not a network file.`);
  const inputs = value.inputs;
  if (!Array.isArray(inputs) || inputs.length === 0 || !inputs.every((name) => typeof name === 'string' && name !== ''))
    throw new Invalid('"inputs" must be a non-empty list of column names.');
  const seen = new Set<string>();
  const repeated = inputs.find((name: string) => seen.size === seen.add(name).size);
  if (repeated !== undefined) throw new Invalid(`"inputs" names the column ${quote(repeated)} twice.`);
  if (typeof value.target !== 'string' || value.target === '') throw new Invalid('"target" must be a column name.');
  const loss = value.loss;
  if (typeof loss !== 'string' || !(LOSSES as readonly string[]).includes(loss))
    throw new Invalid(`Unknown loss ${quote(loss ?? 'missing')}; the losses are ${LOSSES.join(', ')}.`);
  const layers = value.layers;
  if (!Array.isArray(layers) || layers.length === 0) throw new Invalid('"layers" must be a non-empty list of layers.');

  // Shapes first, so a huge network is refused before its numbers are read.
  let width = inputs.length;
  let parameters = 0;
  layers.forEach((layer, l) => {
    const where = `Layer ${l + 1}`;
    if (!isRecord(layer)) throw new Invalid(`${where} must be an object with "weight", "bias" and "activation".`);
    const { weight, bias, activation } = layer;
    if (typeof activation !== 'string' || !(ACTIVATIONS as readonly string[]).includes(activation))
      throw new Invalid(
        `${where} has unknown activation ${quote(activation ?? 'missing')}; the activations are ${ACTIVATIONS.join(', ')}.`,
      );
    if (!Array.isArray(weight) || weight.length === 0 || !weight.every(Array.isArray))
      throw new Invalid(`${where}'s "weight" must be a list of rows (out × in, as torch.nn.Linear).`);
    const columns = (weight[0] as unknown[]).length;
    const ragged = weight.findIndex((row: unknown[]) => row.length !== columns);
    if (ragged >= 0)
      throw new Invalid(
        `${where}'s weight rows differ in length: row 1 has ${columns} entries, row ${ragged + 1} has ${(weight[ragged] as unknown[]).length}.`,
      );
    if (columns !== width)
      throw new Invalid(
        `${where}'s weight takes ${columns} input${columns === 1 ? '' : 's'}, but ${l === 0 ? `the network has ${width} input${width === 1 ? '' : 's'}` : `layer ${l} gives ${width}`}: the shapes do not chain.`,
      );
    if (!Array.isArray(bias) || bias.length !== weight.length)
      throw new Invalid(
        `${where}'s "bias" must have one entry per weight row (${weight.length}), not ${Array.isArray(bias) ? bias.length : quote(bias)}.`,
      );
    parameters += weight.length * columns + bias.length;
    if (parameters > MAX_NETWORK_PARAMETERS)
      throw new Invalid(
        `The network has more than ${MAX_NETWORK_PARAMETERS.toLocaleString('en')} parameters, the most Curvature works with.`,
      );
    width = weight.length;
  });
  const outputs = width;
  if ((loss === 'mse' || loss === 'bce-logits') && outputs !== 1)
    throw new Invalid(`The ${loss} loss reads one output per row, but the last layer has ${outputs}.`);
  if (loss === 'cross-entropy' && outputs < 2)
    throw new Invalid(`The cross-entropy loss reads one logit per class (at least 2), but the last layer has ${outputs}.`);

  const checked: LayerSpec[] = layers.map((layer: Record<string, unknown[]>, l) => ({
    weight: (layer.weight as unknown[][]).map((row, r) => row.map((entry, c) => finite(entry, `Layer ${l + 1}'s weight[${r}][${c}]`))),
    bias: layer.bias!.map((entry, r) => finite(entry, `Layer ${l + 1}'s bias[${r}]`)),
    activation: layer.activation as unknown as Activation,
  }));
  return { format: NETWORK_FORMAT, inputs: inputs as string[], target: value.target, loss: loss as LossName, layers: checked };
}

function finite(entry: unknown, where: string): number {
  if (typeof entry !== 'number' || !Number.isFinite(entry))
    throw new Invalid(`${where} is ${quote(entry ?? 'null')}, not a finite number.`);
  return entry;
}
