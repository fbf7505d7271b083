import { fail, ok, type Result } from '../result.ts';
import { sessionError, type SessionError } from './SessionError.ts';
import type { EmbeddedSurface, SessionDocument } from './SessionDocument.ts';
import { interpolantDescription, surfaceLabel } from '../surface/surfaceWords.ts';

/**
 * The scene with another layer of its surface shown (test_loss instead of train_loss): the layers
 * trade places, so each is stored once, and the label follows. Domain, runs, trajectories and view
 * stay, since every layer lies on the same nodes.
 */
export function showSurfaceLayer(document: SessionDocument, key: string): Result<SessionDocument, SessionError> {
  const surface = document.surface;
  if (surface === null) return fail(sessionError('This scene has no imported surface, so it has no layers to choose from.'));
  if (key === surface.key) return ok(document);
  const index = surface.otherLayers.findIndex((layer) => layer.key === key);
  if (index < 0) {
    const keys = [surface.key, ...surface.otherLayers.map((layer) => layer.key)].join(', ');
    return fail(sessionError(`${surface.name} has no layer ${JSON.stringify(key)} in this scene (it has ${keys}).`));
  }
  const chosen = surface.otherLayers[index]!;
  const otherLayers = surface.otherLayers.map((layer, i) => (i === index ? { key: surface.key, values: surface.values } : layer));
  return ok({
    ...document,
    function: surfaceLabel(key, surface.name),
    surface: { ...surface, key, values: chosen.values, otherLayers },
  });
}

/**
 * What the scene's surface layer is, for the status line: the sentence an opened file gets, for
 * the layer shown now (the file's reasons for its holes are not kept in a session: only their count).
 */
export function describeSurfaceLayer(surface: EmbeddedSurface): string {
  const holes = surface.values.reduce((count: number, value) => (value === null ? count + 1 : count), 0);
  return interpolantDescription(surface.key, surface.name, surface.x.length, surface.y.length, holes === 0 ? 'no holes' : `${holes} holes`);
}

/** The layers of the scene's surface in a stable order (the file's, with the shown one in its place), or none. */
export function surfaceLayerKeys(document: SessionDocument): readonly string[] {
  const surface = document.surface;
  if (surface === null) return [];
  return [surface.key, ...surface.otherLayers.map((layer) => layer.key)].sort();
}
