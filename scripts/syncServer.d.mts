// Types for scripts/syncServer.mjs, the ESM entry of scripts/syncServer.cjs.
export * from './syncServer.cjs';
