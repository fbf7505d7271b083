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
  // Its own dependency cache: node_modules may be shared by several checkouts, whose servers would
  // otherwise rewrite one another's pre-bundled modules (and answer "Outdated Optimize Dep").
  cacheDir: `${projectRoot}.vite`,
  base: './',
  server: { host: '127.0.0.1', port, strictPort: process.env.PORT !== undefined, fs: { allow: [projectRoot] } },
  preview: { host: '127.0.0.1', port },
  worker: { format: 'es' },
  // Modules the page or its workers import only later (the formula's typesetting, the GIF worker's
  // encoder, the video muxer): bundled when the server starts, not discovered on first use, which
  // would reload the page's modules under a running export.
  optimizeDeps: {
    include: [
      '@mathjax/src/mjs/mathjax.js',
      '@mathjax/src/mjs/input/tex.js',
      '@mathjax/src/mjs/output/svg.js',
      '@mathjax/src/mjs/adaptors/liteAdaptor.js',
      '@mathjax/src/mjs/handlers/html.js',
      '@mathjax/src/mjs/input/tex/base/BaseConfiguration.js',
      '@mathjax/mathjax-newcm-font/mjs/svg.js',
      'katex',
      'gifenc',
      'mediabunny',
    ],
  },
  build: {
    outDir: `${projectRoot}out/renderer`,
    emptyOutDir: true,
    target: 'es2022',
    // Fonts stay files: the page's Content-Security-Policy (default-src 'self') refuses a data: font,
    // and KaTeX's smallest ones would otherwise be inlined into its style sheet.
    assetsInlineLimit: (file: string) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
    // core/ is pure by design (no module does anything on import but define), so what the page does
    // not call stays out of its bundle: the expression parser's mathjs instance lives in the workers.
    rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => !id.startsWith(`${projectRoot}core/`) } },
  },
});
