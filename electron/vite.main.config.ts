import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The main process, bundled with everything it imports (core and mathjs) into one ES module, so
 * the packaged app needs no node_modules. `npm run build:desktop` runs this.
 */
export default defineConfig({
  root: projectRoot,
  publicDir: false,
  logLevel: 'warn',
  ssr: { noExternal: true, external: ['electron'] },
  build: {
    ssr: 'electron/main/main.ts',
    outDir: 'out/main',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      external: ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      output: { format: 'es', entryFileNames: 'index.js' },
    },
  },
});
