/** The fuses every packaged build flips (see fuses.mjs). */
export declare const FUSES: Readonly<Record<string, boolean>>;
