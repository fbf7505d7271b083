import type { Object3D } from 'three';
import type { OverlayFlag } from '../../../core/index.ts';
import type { ModelRow } from '../../compute/modelSamples.ts';
import type { Domain2, GridPayload } from '../../compute/protocol.ts';
import type { OverlayStyle } from '../overlayStyle.ts';
import type { ViewTransform } from '../ViewTransform.ts';

/** The view flag that shows or hides an overlay (its checkbox in the View panel): one of the session's overlay flags. */
export type OverlayToggle = OverlayFlag;

/** One line of the overlay key as it reads now, in the window and in exported frames. */
export interface KeyLine extends OverlayStyle {
  readonly swatch: 'square' | 'ring';
  /** Drawn in the 3D view only (a model patch): the contour view's key leaves it out. */
  readonly only3d: boolean;
  /** Beside the name ('' for nothing): where a log height scale clips it, or why it is not drawn here. */
  readonly note: string;
  /** The note where the key has little room. */
  readonly shortNote: string;
}

/** The key line of `style`: a square swatch, no note, unless said otherwise. */
export const keyLine = (style: OverlayStyle, more: Partial<Omit<KeyLine, keyof OverlayStyle>> = {}): KeyLine => ({
  label: style.label,
  short: style.short,
  color: style.color,
  swatch: 'square',
  only3d: false,
  note: '',
  shortNote: more.note ?? '',
  ...more,
});

/** What the overlays read at the focused point: the local models there and how to draw them. */
export interface OverlayFocus {
  /** The models at the point; always valid when an overlay is asked to update. */
  readonly row: ModelRow;
  readonly heightInfo: Pick<GridPayload, 'heightScale' | 'valueRange' | 'logOffset'>;
  readonly view: ViewTransform;
  readonly domain: Domain2;
  /** The lowest value the paraboloid is drawn at now (−∞ unless a log scale clips it). */
  readonly modelFloor: () => number;
  /** The followed run at its current iterate, or null when a point is inspected. */
  readonly run: {
    readonly points: Float64Array;
    readonly pointCount: number;
    readonly row: number;
    /** Whether the run steps to the quadratic model's stationary point. */
    readonly newtonType: boolean;
    /** For L-BFGS: what each step believed (believedSamples.ts layout, one row per step), else null. */
    readonly believed: Float64Array | null;
    /** The step's anatomy at each iterate (anatomySamples.ts layout). */
    readonly anatomy: Float64Array;
  } | null;
}

/** One drawn overlay in a scene: made by its kind, updated in place, disposed with the scene. */
export interface Overlay {
  /** Added to the scene once; hidden when the overlay is off or has nothing to show. */
  readonly object: Object3D;
  /** Shapes the object for `focus` in place; false when there is nothing to show at this point. */
  update(focus: OverlayFocus): boolean;
  /** A world point that names where it is (for readouts and tests), when it has one. */
  anchor?(): readonly [number, number, number];
  /**
   * What the key lists for it while its toggle is on, `drawn` saying whether it is drawn at this
   * point; without this, its kind's key line when drawn and nothing otherwise.
   */
  keyLines?(drawn: boolean): readonly KeyLine[];
  dispose(): void;
}

/** An overlay as the registry lists it. */
export interface OverlayKind {
  readonly name: string;
  readonly toggle: OverlayToggle;
  /** Its name and colour in the View panel and, unless its overlay says otherwise, in the key. */
  readonly key: OverlayStyle;
  /** Every style its key lines can take, when not `key` alone (for checks that colours stay apart). */
  readonly listed?: readonly OverlayStyle[];
  /** Fixed draw order (renderOrder.ts), so see-through layers never swap places. */
  readonly renderOrder: number;
  create(): Overlay;
}

/** Half the size of a model patch: a fixed share of the domain, so it reads the same at any zoom of f. */
export const patchHalfSize = (domain: Domain2): readonly [number, number] => [
  0.09 * (domain.x[1] - domain.x[0]),
  0.09 * (domain.y[1] - domain.y[0]),
];
