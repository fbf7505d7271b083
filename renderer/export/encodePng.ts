import type { FrameCanvas } from './FrameSource.ts';

/** The canvas as PNG bytes (with its alpha channel). */
export async function encodePng(canvas: FrameCanvas): Promise<Uint8Array<ArrayBuffer>> {
  const blob =
    canvas instanceof OffscreenCanvas
      ? await canvas.convertToBlob({ type: 'image/png' })
      : await new Promise<Blob>((resolve, reject) =>
          canvas.toBlob((result) => (result ? resolve(result) : reject(new Error('The frame could not be encoded as PNG.'))), 'image/png'),
        );
  return new Uint8Array(await blob.arrayBuffer());
}
