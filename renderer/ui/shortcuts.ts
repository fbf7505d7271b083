/** Every keyboard shortcut, for the key handler and the help dialog (one list, so they agree). */
export const SHORTCUTS = [
  ['Space', 'Play or pause'],
  ['← / →', 'Step one iteration back or forward'],
  ['Shift + ← / →', 'Step ten iterations'],
  ['Home / End', 'First or last iteration'],
  ['+ / −', 'Faster or slower playback'],
  ['R', 'Reset the view'],
  ['V', 'Cycle the view: 3D, contour, split'],
  ['L', 'Show or hide the loss chart'],
  ['T / P / E', 'Tangent plane, paraboloid, eigen-directions on or off'],
  ['Escape', 'Stop inspecting a point; overlays follow the selected run'],
  ['F or /', 'Edit the function'],
  ['Ctrl/⌘ + Z', 'Undo'],
  ['Ctrl/⌘ + Shift + Z, Ctrl + Y', 'Redo'],
  ['?', 'Show these shortcuts'],
  ['Click / Alt-drag', 'Inspect a point (drag in the contour view)'],
  ['Shift-click', 'Set the runs’ start point'],
] as const;
