import type { LocalModels, Shape } from '../../core/index.ts';
/**
 * The local models at every iterate of a run, packed in one Float64Array so a whole run crosses
 * the worker boundary as one transferable buffer and playback reads it without a round trip.
 * Row layout (STRIDE numbers per iterate); a row of NaN means f has no models there.
 */
export declare const STRIDE = 16;
export declare const F = 0;
export declare const GX = 1;
export declare const GY = 2;
export declare const HXX = 3;
export declare const HXY = 4;
export declare const HYY = 5;
export declare const L1 = 6;
export declare const L2 = 7;
export declare const V1X = 8;
export declare const V1Y = 9;
export declare const V2X = 10;
export declare const V2Y = 11;
export declare const SHAPE = 12;
/** The quadratic model's stationary point (x, y, model value); NaN when H is singular. */
export declare const TX = 13;
export declare const TY = 14;
export declare const TF = 15;
export declare const SHAPES: readonly Shape[];
export declare function packModels(models: LocalModels | null, out: Float64Array, row: number): void;
/**
 * A mutable view of one row, for the scene and the readout: filled in place, so following the
 * current iterate allocates nothing.
 */
export interface ModelRow {
    valid: boolean;
    x: number;
    y: number;
    f: number;
    gx: number;
    gy: number;
    hxx: number;
    hxy: number;
    hyy: number;
    l1: number;
    l2: number;
    v1x: number;
    v1y: number;
    v2x: number;
    v2y: number;
    shape: Shape | null;
    hasTarget: boolean;
    tx: number;
    ty: number;
    tf: number;
}
export declare function emptyModelRow(): ModelRow;
export declare function readModelRow(samples: Float64Array, row: number, x: number, y: number, out: ModelRow): ModelRow;
export declare function modelRowFrom(models: LocalModels, out: ModelRow): ModelRow;
