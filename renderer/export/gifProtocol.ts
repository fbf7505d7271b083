/** Messages between the page's GifFrameEncoder and the GIF worker (renderer/export/gifWorker.ts). */
export type ToGifWorker =
  | {
      readonly kind: 'frame';
      readonly index: number;
      /** RGBA pixels, top row first; transferred, so the page keeps no copy. */
      readonly rgba: ArrayBuffer;
      readonly width: number;
      readonly height: number;
      /** How long the frame shows, in whole centiseconds. */
      readonly delayCs: number;
    }
  | { readonly kind: 'finish' };

export type FromGifWorker =
  | { readonly kind: 'encoded'; readonly index: number }
  | { readonly kind: 'finished'; readonly bytes: ArrayBuffer }
  | { readonly kind: 'failed'; readonly message: string };
