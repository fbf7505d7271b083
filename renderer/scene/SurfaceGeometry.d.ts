import { BufferGeometry } from 'three';
import { type ViewTransform } from './ViewTransform.ts';
/** The grid data the geometry needs: drawn heights, world normals, the finite mask. */
export interface SurfaceSamples {
    readonly nx: number;
    readonly ny: number;
    readonly heights: Float32Array;
    readonly normals: Float32Array;
    readonly finite: Uint8Array;
}
/**
 * The surface's buffers: allocated once per resolution, then rewritten in place for every new
 * function, domain or height scale. The index skips triangles that touch a hole and is rebuilt
 * only when the holes move. Holes keep finite positions (z = 0), so no NaN reaches the GPU.
 */
export declare class SurfaceGeometry {
    readonly geometry: BufferGeometry<import("three").NormalBufferAttributes, import("three").BufferGeometryEventMap>;
    private nx;
    private ny;
    private positions;
    private normals;
    private index;
    private mask;
    /** How many times the buffers were (re)allocated: once per resolution. */
    allocations: number;
    get resolution(): {
        readonly nx: number;
        readonly ny: number;
    };
    /** Number of indices drawn (3 per triangle). */
    get indexCount(): number;
    update(samples: SurfaceSamples, domain: {
        readonly x: readonly [number, number];
        readonly y: readonly [number, number];
    }, view: ViewTransform): void;
    private allocate;
    dispose(): void;
}
