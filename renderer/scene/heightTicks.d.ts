export interface HeightScaleInfo {
    readonly heightScale: 'linear' | 'log';
    readonly heightRange: {
        readonly min: number;
        readonly max: number;
    } | null;
    readonly valueRange: {
        readonly min: number;
        readonly max: number;
    } | null;
    readonly logOffset: number;
}
/**
 * Ticks on the drawn-height axis, labelled with values of f. Linear: round values. Log (drawn
 * height h = log10(f − min f + offset)): whole decades of f − min f, labelled f = min f + 10^h,
 * leaving out decades within ten times the offset, where 10^h is not yet f − min f.
 */
export declare function heightTicks(scale: HeightScaleInfo, count?: number): {
    readonly height: number;
    readonly label: string;
}[];
