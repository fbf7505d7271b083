import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { createServer, type ViteDevServer } from 'vite';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface RendererServer {
  /** http://127.0.0.1:PORT/ */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves renderer/ with vite on a free port of 127.0.0.1. Dependencies are bundled before the first
 * page load (a late discovery would reload the page in the middle of an export).
 */
export async function startRendererServer(): Promise<RendererServer> {
  const server: ViteDevServer = await createServer({
    configFile: `${projectRoot}renderer/vite.config.ts`,
    logLevel: 'error',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    optimizeDeps: {
      entries: ['index.html', 'export/pageExport.ts', 'compute/mathWorker.ts'],
      include: ['three', 'mediabunny', 'gifenc', 'mathjs'],
    },
  });
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo | null;
  if (address === null || address === undefined) throw new Error('The renderer server did not start.');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
