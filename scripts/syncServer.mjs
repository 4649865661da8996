// ESM entry for the test team server (startSyncServer, configureTeamServer, searchServerForCanary)
// used by Vitest and the scripts; the code lives in syncServer.cjs so that Playwright's
// CommonJS-loaded fixtures can use the same file.
export {
  host,
  configFileName,
  logFileName,
  outputFileName,
  freePort,
  startSyncServer,
  parseCredentials,
  configureTeamServer,
  searchServerForCanary,
} from './syncServer.cjs';
