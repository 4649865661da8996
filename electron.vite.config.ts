// Build configuration for the three parts of Kehä: Electron main, preload and the React renderer.
// Main and preload stay CommonJS (a sandboxed preload cannot be an ES module).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// `npm run bench` (scripts/bench.mjs) builds with KEHA_BENCH=1 to add its bench-only pages;
// the normal product build has index.html alone.
const rendererInput =
  process.env.KEHA_BENCH === '1'
    ? {
        index: resolve(__dirname, 'renderer/index.html'),
        bench: resolve(__dirname, 'renderer/bench.html'),
        benchBlank: resolve(__dirname, 'renderer/src/bench/blank.html'),
      }
    : resolve(__dirname, 'renderer/index.html');

// ?db=NAME (another database than Kehä's own) is honoured only in development and in a build made
// with KEHA_DB_PARAM=1 (the benchmark's); the product build ignores it (renderer/src/app/databaseChoice.ts).
const databaseParam = process.env.KEHA_DB_PARAM === '1';

// KEHA_RENDERER_OUT puts the renderer build elsewhere (several people building in one checkout).
const rendererOut = process.env.KEHA_RENDERER_OUT ? resolve(process.env.KEHA_RENDERER_OUT) : resolve(__dirname, 'out/renderer');

export default defineConfig({
  main: {
    build: { outDir: 'out/main', rollupOptions: { input: resolve(__dirname, 'electron/main/index.ts') } },
  },
  preload: {
    build: { outDir: 'out/preload', rollupOptions: { input: resolve(__dirname, 'electron/preload/index.ts') } },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    define: { __KEHA_DB_PARAM__: JSON.stringify(databaseParam) },
    // The manifest lists each chunk with its static imports: tests/unit/build/entryBundle.test.ts reads
    // it to measure what loads before the vault is unlocked.
    // The screens after unlock are chunks of their own (renderer/src/app/lazyScreens.tsx); modules
    // still run in source order across chunks, so main.tsx's first import (zodConfig.ts) runs before
    // any schema is built, whichever chunk that schema lands in.
    build: {
      outDir: rendererOut,
      minify: true,
      manifest: true,
      rollupOptions: { input: rendererInput, output: { strictExecutionOrder: true } },
    },
  },
});
