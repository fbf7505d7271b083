/** The colour at t ∈ [0, 1] (clamped), written as linear-interpolated sRGB components in [0, 1]. */
export declare function viridis(t: number, out?: [number, number, number] | Float32Array): typeof out;
/** A `size`-entry RGBA8 table for a 1D texture and for the legend. */
export declare function colormapTable(size?: number): Uint8Array;
