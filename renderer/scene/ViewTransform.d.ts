/**
 * The one map from mathematics to the scene: (x, y, drawn height h) → world (X, Y, Z), Z up.
 * The longer side of the domain spans 2 world units; the aspect of the domain is kept (so right
 * angles stay right) unless it is extreme, and the height range spans `HEIGHT_EXTENT` units.
 */
export interface ViewTransform {
    /** Math coordinates at the world origin. */
    readonly cx: number;
    readonly cy: number;
    /** World units per math unit along x and y. */
    readonly sx: number;
    readonly sy: number;
    /** Drawn height at Z = 0 and world units per height unit. */
    readonly h0: number;
    readonly sz: number;
    /** Half extents of the surface in world units. */
    readonly halfWidth: number;
    readonly halfDepth: number;
    readonly heightExtent: number;
}
export declare const HEIGHT_EXTENT = 1;
/** Domains more elongated than this are drawn squeezed, so neither side vanishes. */
export declare const MAX_ASPECT = 3;
export interface ViewInputs {
    readonly domain: {
        readonly x: readonly [number, number];
        readonly y: readonly [number, number];
    };
    readonly heightRange: {
        readonly min: number;
        readonly max: number;
    } | null;
}
export declare function makeViewTransform({ domain, heightRange }: ViewInputs): ViewTransform;
export declare const worldX: (t: ViewTransform, x: number) => number;
export declare const worldY: (t: ViewTransform, y: number) => number;
export declare function worldZ(t: ViewTransform, h: number): number;
export declare const mathX: (t: ViewTransform, worldXValue: number) => number;
export declare const mathY: (t: ViewTransform, worldYValue: number) => number;
