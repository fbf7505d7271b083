import { NoToneMapping, SRGBColorSpace, WebGLRenderer } from 'three';

/**
 * Where frames are drawn: a WebGL2 renderer on a canvas of a given size. The page has one for
 * the window; export makes its own (any size, independent of the display) and reads its canvas.
 */
export class FrameTarget {
  readonly renderer: WebGLRenderer;
  readonly canvas: HTMLCanvasElement | OffscreenCanvas;
  private widthPx = 0;
  private heightPx = 0;

  constructor(options: { canvas?: HTMLCanvasElement | OffscreenCanvas; preserveDrawingBuffer?: boolean; alpha?: boolean } = {}) {
    this.canvas = options.canvas ?? document.createElement('canvas');
    this.renderer = new WebGLRenderer({
      canvas: this.canvas,
      antialias: true,
      alpha: options.alpha ?? false,
      preserveDrawingBuffer: options.preserveDrawingBuffer ?? false,
      powerPreference: 'high-performance',
    });
    this.renderer.outputColorSpace = SRGBColorSpace;
    this.renderer.toneMapping = NoToneMapping;
  }

  /** CSS size and device pixel ratio; the drawing buffer is width·ratio × height·ratio. */
  setSize(width: number, height: number, pixelRatio = 1): void {
    if (width === this.widthPx && height === this.heightPx && pixelRatio === this.renderer.getPixelRatio()) return;
    this.widthPx = width;
    this.heightPx = height;
    this.renderer.setPixelRatio(pixelRatio);
    this.renderer.setSize(width, height, this.canvas instanceof HTMLCanvasElement && this.canvas.isConnected);
  }

  get width(): number {
    return this.widthPx;
  }
  get height(): number {
    return this.heightPx;
  }

  dispose(): void {
    this.renderer.dispose();
    // dispose() keeps the WebGL context; Chromium drops the oldest live one (the window's) past about 16.
    this.renderer.forceContextLoss();
  }
}
