/** The window title: a dirty marker, the document's name, the app's name ("● valley.curvature.json — Curvature"). */
export function windowTitle(name: string, dirty: boolean): string {
  const document = name.trim() === '' ? 'Untitled' : name.trim();
  return `${dirty ? '● ' : ''}${document} — Curvature`;
}
