import { parseCsvDataset } from '../../core/index.ts';
import { fuzzFileFormat } from './fuzzFileFormat.ts';

const decoder = new TextDecoder();

fuzzFileFormat({
  name: 'CSV data',
  validSamples: ['u,v\n1,2\n3,4.5\n-1e-3,6\n', '\uFEFF"u1","u2",t\r\n0.5,1,1\r\n-0.25,2,0\r\n1.5,-3,1\r\n'],
  parse: (bytes) => parseCsvDataset(decoder.decode(bytes), 'data.csv'),
  checkAccepted: (dataset) => {
    for (const column of dataset.values)
      for (const value of column) if (!Number.isFinite(value)) throw new Error('a cell that is not a finite number was accepted');
  },
});
