import { defineConfig } from 'vite';

// The config runs in Node, but this folder is typed and linted as browser code: name only what is used.
declare const process: { readonly env: Readonly<Record<string, string | undefined>> };

const rendererRoot = decodeURIComponent(new URL('.', import.meta.url).pathname);
const projectRoot = decodeURIComponent(new URL('..', import.meta.url).pathname);
const port = Number(process.env.PORT ?? 5173);

/**
 * `npm run web` serves the renderer on 127.0.0.1 (PORT or 5173); `vite build` writes the page the
 * desktop shell loads to out/renderer, with relative asset paths so it also works from file://.
 */
export default defineConfig({
  root: rendererRoot,
  base: './',
  server: { host: '127.0.0.1', port, strictPort: process.env.PORT !== undefined, fs: { allow: [projectRoot] } },
  preview: { host: '127.0.0.1', port },
  worker: { format: 'es' },
  build: {
    outDir: `${projectRoot}out/renderer`,
    emptyOutDir: true,
    target: 'es2022',
    // core/ is pure by design (no module does anything on import but define), so what the page does
    // not call stays out of its bundle: the expression parser's mathjs instance lives in the workers.
    rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => !id.startsWith(`${projectRoot}core/`) } },
  },
});
