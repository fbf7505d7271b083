import { basename, dirname } from 'node:path';
import { errorCode, writeFailureSentence } from '../../core/index.ts';

/** Writing the output file failed; the message says why in words and that nothing was left behind. */
export class FileWriteError extends Error {
  override readonly name = 'FileWriteError';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  /** Why writing `target` failed, in one sentence. */
  static from(error: unknown, target: string): FileWriteError {
    if (error instanceof FileWriteError) return error;
    const code = errorCode(error);
    const sentence = writeFailureSentence(code, basename(target), dirname(target));
    return new FileWriteError(code, `Cannot write ${target}. ${sentence} No file was written.`);
  }
}
