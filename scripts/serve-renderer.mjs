// Serves the built renderer (out/renderer) over http on 127.0.0.1, the way Kehä runs in a plain
// browser: used by `npm start` when no Electron runtime is available, by the e2e tests and by the
// benchmark. Plain Chromium blocks ES modules from file://, hence a local http server.
import { preview } from 'vite';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../..');

/** Starts the server; resolves with its address and a function that stops it. */
export async function serveRenderer({ port = 0, strictPort = false } = {}) {
  const server = await preview({
    configFile: false,
    root: resolve(projectRoot, 'renderer'),
    logLevel: 'silent',
    build: { outDir: process.env.KEHA_RENDERER_OUT ? resolve(process.env.KEHA_RENDERER_OUT) : resolve(projectRoot, 'out/renderer') },
    preview: { host: '127.0.0.1', port, strictPort, open: false },
  });
  const address = server.httpServer.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  return { url, close: () => server.close() };
}

// `node scripts/serve-renderer.mjs [port]`: serve until stopped.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 4173);
  const { url } = await serveRenderer({ port, strictPort: true });
  console.log(`Kehä renderer served at ${url}`);
}
