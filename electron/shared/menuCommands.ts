/** What the native menu asks the page to do. The page owns the document, so it carries these out. */
export const MENU_COMMANDS = [
  'new',
  'open',
  'save',
  'save-as',
  'export',
  'undo',
  'redo',
  'toggle-tangent-plane',
  'toggle-paraboloid',
  'toggle-eigenvectors',
  'toggle-contour-view',
  'toggle-theme',
  'reset-camera',
  'play-pause',
  'step-forward',
  'step-back',
  'restart',
  'faster',
  'slower',
  'about',
  'keyboard-shortcuts',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];
