/**
 * GIF frame delays are whole centiseconds. Frame i is given the rounded time of frame i + 1 minus
 * the rounded time of frame i, so the delays sum to the exact duration (to the nearest
 * centisecond) and never drift: at 30 fps they run 3, 4, 3, 3, 4, 3, …
 */
export declare function gifDelaysCs(frameCount: number, fps: number): number[];
/**
 * Browsers and ffmpeg stretch delays under 2 cs to 10 cs, so a GIF runs at most 50 frames per
 * second; faster GIFs would play slowly.
 */
export declare const GIF_MAX_FPS = 50;
