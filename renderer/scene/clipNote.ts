import { formatNumber } from './ticks.ts';

/** Says where a log height scale stops drawing a model (it has no room below the surface's lowest values). */
export const clipNote = (value: number): string => `clipped below f = ${formatNumber(value)} (log height)`;
/** The same, where the key has little room. */
export const shortClipNote = (value: number): string => `clipped below ${formatNumber(value)}`;
