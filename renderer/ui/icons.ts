/** Small inline SVG icons (fonts on some systems lack the media-control characters). */
const PATHS = {
  play: 'M4 2.5v11l9-5.5z',
  pause: 'M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z',
  stepBack: 'M3 2.5h2v11H3zM13 2.5v11L6 8z',
  stepForward: 'M11 2.5h2v11h-2zM3 2.5v11L10 8z',
  first: 'M2 2.5h2v11H2zM9 2.5v11L4.5 8zM14.5 2.5v11L10 8z',
  last: 'M12 2.5h2v11h-2zM7 2.5v11L11.5 8zM1.5 2.5v11L6 8z',
} as const;

export type IconName = keyof typeof PATHS;

export function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', PATHS[name]);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}
