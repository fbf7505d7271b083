import type { GridOptions, RowsSummary } from '../../core/index.ts';
import type { EmbedMessage, EmbeddedKey } from './protocol.ts';

/** Sample rows [rowStart, rowEnd) of a surface's grid. */
export interface RowsRequest {
  readonly kind: 'rows';
  readonly id: number;
  readonly function: string;
  readonly embedded: EmbeddedKey;
  readonly options: GridOptions;
  readonly rowStart: number;
  readonly rowEnd: number;
}

export type ToRowWorker = RowsRequest | EmbedMessage;

/** A band of rows sampled: its own buffers (transferred) and what they say about f. */
export type RowsReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly heights: Float32Array;
      readonly slopes: Float32Array;
      readonly finite: Uint8Array;
      readonly summary: RowsSummary;
    }
  | { readonly id: number; readonly ok: false; readonly message: string };
