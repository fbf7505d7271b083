import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The preload, as one CommonJS file: a sandboxed preload can neither be an ES module nor require its siblings. */
export default defineConfig({
  root: projectRoot,
  publicDir: false,
  logLevel: 'warn',
  ssr: { noExternal: true, external: ['electron'] },
  build: {
    ssr: 'electron/preload/preload.ts',
    outDir: 'out/preload',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: 'preload.cjs' },
    },
  },
});
