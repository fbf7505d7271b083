import { CanvasTexture, LinearFilter, Sprite, SpriteMaterial, SRGBColorSpace } from 'three';

/** A text label that always faces the camera, sized in world units; drawn once, disposed with the axes. */
export class TextSprite extends Sprite {
  constructor(text: string, color: string, height = 0.07) {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d')!;
    const fontPx = 48;
    context.font = `${fontPx}px system-ui, sans-serif`;
    const width = Math.ceil(context.measureText(text).width) + 8;
    canvas.width = width;
    canvas.height = fontPx + 12;
    context.font = `${fontPx}px system-ui, sans-serif`;
    context.fillStyle = color;
    context.textBaseline = 'middle';
    context.fillText(text, 4, canvas.height / 2);
    const texture = new CanvasTexture(canvas);
    texture.colorSpace = SRGBColorSpace;
    texture.minFilter = LinearFilter;
    super(new SpriteMaterial({ map: texture, transparent: true, depthWrite: false, depthTest: false }));
    // Labels stay readable when the surface stands between them and the camera.
    this.renderOrder = 50;
    this.scale.set((height * canvas.width) / canvas.height, height, 1);
  }

  override dispose(): void {
    this.material.map?.dispose();
    this.material.dispose();
  }
}
