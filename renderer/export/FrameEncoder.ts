import type { FrameCanvas } from './FrameSource.ts';

/** Turns frames, given in order, into a file written to a ByteSink. */
export interface FrameEncoder {
  /** Encodes the picture on `canvas` as frame `index`; resolves when the encoder can take the next one. */
  addFrame(canvas: FrameCanvas, index: number): Promise<void>;
  /** Writes the rest of the file (index, trailer) to the sink. */
  finish(): Promise<void>;
  /** Stops at once; nothing more is written. Safe after a failure and more than once. */
  cancel(): Promise<void>;
}
