/** Shows the page's own file chooser (a file input, which works in a browser and inside Electron alike); null when cancelled. */
export function pickFileInPage(page: Window, accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = page.document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}
