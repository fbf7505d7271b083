import { parseNetworkText } from '../../core/index.ts';
import { fuzzFileFormat } from './fuzzFileFormat.ts';

const decoder = new TextDecoder();

const network = {
  format: 'curvature-network',
  inputs: ['x0', 'x1'],
  target: 'label',
  loss: 'cross-entropy',
  layers: [
    {
      weight: [
        [0.5, -0.25],
        [0.125, 1],
        [-1, 0.75],
      ],
      bias: [0, 0.1, -0.2],
      activation: 'tanh',
    },
    {
      weight: [
        [1, -1, 0.5],
        [0.25, 0.5, -0.75],
        [-0.5, 0.25, 1],
      ],
      bias: [0.01, 0, -0.01],
      activation: 'identity',
    },
  ],
};

fuzzFileFormat({
  name: 'NET.json network',
  validSamples: [JSON.stringify(network, null, 1)],
  parse: (bytes) => parseNetworkText(decoder.decode(bytes)),
});
