import { CanvasTexture, LinearFilter, Sprite, SpriteMaterial, SRGBColorSpace } from 'three';

const FONT_PX = 48;
const FONT = `${FONT_PX}px system-ui, sans-serif`;

/** The share of a label's height its font takes (the rest is padding above and below). */
export const TEXT_SHARE = FONT_PX / (FONT_PX + 12);

/**
 * A text label that always faces the camera, sized in world units. `setText` redraws it in place,
 * so a tick label whose value changes keeps its canvas and material (and its texture while the
 * text fits the same width), which is what makes rebuilding the axes on every edit cheap.
 */
export class TextSprite extends Sprite {
  private readonly canvas = document.createElement('canvas');
  private readonly context = this.canvas.getContext('2d')!;
  /** The height it was drawn for, in world units; `setHeight` may draw it taller, never shorter. */
  baseHeight = 0.07;
  text = '';

  constructor(text: string, color: string, height = 0.07) {
    super(new SpriteMaterial({ transparent: true, depthWrite: false, depthTest: false }));
    // Labels stay readable when the surface stands between them and the camera.
    this.renderOrder = 50;
    this.setText(text, color, height);
  }

  setText(text: string, color: string, height = 0.07): void {
    const { canvas, context } = this;
    context.font = FONT;
    const textWidth = Math.ceil(context.measureText(text).width) + 8;
    // Widths in steps of 32 px: a new value of about the same length reuses the texture's storage.
    const width = Math.ceil(textWidth / 32) * 32;
    const resized = width !== canvas.width || canvas.height !== FONT_PX + 12;
    if (resized) {
      canvas.width = width;
      canvas.height = FONT_PX + 12;
    } else context.clearRect(0, 0, canvas.width, canvas.height);
    context.font = FONT;
    context.fillStyle = color;
    context.textBaseline = 'middle';
    context.fillText(text, 4, canvas.height / 2);
    const material = this.material;
    if (resized || material.map === null) {
      // A texture's storage has a fixed size: another size needs another texture.
      material.map?.dispose();
      const texture = new CanvasTexture(canvas);
      texture.colorSpace = SRGBColorSpace;
      texture.minFilter = LinearFilter;
      material.map = texture;
      material.needsUpdate = true;
    } else material.map.needsUpdate = true;
    // Only the part with text is shown, so the label is centred on its text.
    material.map.repeat.set(textWidth / width, 1);
    this.baseHeight = height;
    this.text = text;
    this.scale.set((height * textWidth) / canvas.height, height, 1);
  }

  /** Draws it `height` world units tall, its width in proportion. */
  setHeight(height: number): void {
    const aspect = this.scale.x / this.scale.y;
    this.scale.set(height * aspect, height, 1);
  }

  override dispose(): void {
    this.material.map?.dispose();
    this.material.dispose();
  }
}
