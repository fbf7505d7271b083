/** Why a data file or data set cannot be used, as one line to show a person. */
export interface DataError {
  readonly message: string;
}

export const dataError = (message: string): DataError => ({ message });

const SHOWN_CHARACTERS = 24;

/**
 * Text from a file as a message may show it: quoted, escaped (no control bytes, no line breaks)
 * and cut to a few characters, so a bad cell never floods a terminal or a dialog.
 */
export function quoteFileText(text: string): string {
  const cut = text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS)}…` : text;
  // JSON escapes quotes, backslashes and C0 controls; the rest of the non-printable range is escaped here.
  return JSON.stringify(cut).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
