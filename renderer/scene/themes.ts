/** Colours of the canvas per theme; the surface keeps viridis in both. */
export const THEMES = {
  dark: { background: '#14161b', axes: '#c9ced8', text: '#e6e8ee' },
  light: { background: '#f3f4f6', axes: '#3a3f4a', text: '#1d2027' },
} as const;
