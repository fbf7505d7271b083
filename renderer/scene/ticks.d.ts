/** About `count` round tick values (1, 2 or 5 × 10^k apart) inside [lo, hi]. */
export declare function niceTicks(lo: number, hi: number, count?: number): number[];
/** A short label for a tick or readout: up to 4 significant digits, exponent form for the very large or small. */
export declare function formatNumber(value: number, digits?: number): string;
