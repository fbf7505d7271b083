import { DataTexture, DoubleSide, LinearFilter, RGBAFormat, ShaderMaterial, UnsignedByteType, Color, ClampToEdgeWrapping } from 'three';
import { colormapTable } from './colormap.ts';

/**
 * Colour by drawn height through viridis, diffuse + soft specular light from a fixed direction
 * in view space (so curvature reads from any angle), and iso-contours at evenly spaced heights,
 * drawn with screen-space derivatives so they stay one pixel wide at every zoom. The contour view
 * is drawn unlit: a map's colours are the colour bar's.
 */
const vertexShader = /* glsl */ `
varying float vHeight;
varying vec3 vNormal;
varying vec3 vViewPosition;
void main() {
  vHeight = position.z;
  vNormal = normalize(normalMatrix * normal);
  vec4 viewPosition = modelViewMatrix * vec4(position, 1.0);
  vViewPosition = -viewPosition.xyz;
  gl_Position = projectionMatrix * viewPosition;
}`;

const fragmentShader = /* glsl */ `
uniform sampler2D colormap;
uniform float zMin;
uniform float zMax;
uniform float contourCount;
uniform float contourStrength;
uniform vec3 contourColor;
uniform float ambient;
uniform float lit;
varying float vHeight;
varying vec3 vNormal;
varying vec3 vViewPosition;
void main() {
  float t = clamp((vHeight - zMin) / max(zMax - zMin, 1e-9), 0.0, 1.0);
  vec3 base = texture2D(colormap, vec2(t, 0.5)).rgb;
  vec3 normal = normalize(vNormal) * (gl_FrontFacing ? 1.0 : -1.0);
  vec3 light = normalize(vec3(0.35, 0.55, 0.75));
  float diffuse = max(dot(normal, light), 0.0);
  vec3 halfway = normalize(light + normalize(vViewPosition));
  float specular = pow(max(dot(normal, halfway), 0.0), 48.0) * 0.25;
  vec3 color = mix(base, base * (ambient + (1.0 - ambient) * diffuse) + vec3(specular), lit);
  float level = t * contourCount;
  float distanceToLine = abs(fract(level - 0.5) - 0.5) / max(fwidth(level), 1e-6);
  float line = (1.0 - min(distanceToLine, 1.0)) * contourStrength;
  gl_FragColor = vec4(mix(color, contourColor, line), 1.0);
}`;

export class SurfaceMaterial extends ShaderMaterial {
  private readonly colormapTexture: DataTexture;

  constructor() {
    const texture = new DataTexture(colormapTable(256), 256, 1, RGBAFormat, UnsignedByteType);
    texture.magFilter = LinearFilter;
    texture.minFilter = LinearFilter;
    texture.wrapS = ClampToEdgeWrapping;
    texture.needsUpdate = true;
    super({
      vertexShader,
      fragmentShader,
      side: DoubleSide,
      uniforms: {
        colormap: { value: texture },
        zMin: { value: 0 },
        zMax: { value: 1 },
        contourCount: { value: 16 },
        contourStrength: { value: 0.55 },
        contourColor: { value: new Color(0x101014) },
        ambient: { value: 0.42 },
        lit: { value: 1 },
      },
      polygonOffset: true,
      polygonOffsetFactor: 1,
      polygonOffsetUnits: 1,
    });
    this.colormapTexture = texture;
  }

  setHeightRange(zMin: number, zMax: number): void {
    this.uniforms.zMin!.value = zMin;
    this.uniforms.zMax!.value = zMax;
  }

  /** Light and shade for the 3D view; plain colour-bar colours for the contour map. */
  setLit(lit: boolean): void {
    this.uniforms.lit!.value = lit ? 1 : 0;
  }

  setContours(visible: boolean): void {
    this.uniforms.contourStrength!.value = visible ? 0.55 : 0;
  }

  override dispose(): void {
    this.colormapTexture.dispose();
    super.dispose();
  }
}
