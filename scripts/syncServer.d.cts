// Types for scripts/syncServer.cjs (and its ESM entry syncServer.mjs): pouchdb-server for tests and `npm run try-sync`.
export interface Credentials {
  name: string;
  password: string;
}

export interface SyncServer {
  /** http://127.0.0.1:<port>, no trailing slash. */
  readonly url: string;
  readonly port: number;
  /** The server's folder: LevelDB databases, its config file and its log. */
  readonly dir: string;
  readonly logFile: string;
  readonly inMemory: boolean;
  /** The server's process id while it runs. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
  kill(): Promise<void>;
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

export interface StartOptions {
  port?: number;
  dir?: string;
  inMemory?: boolean;
  admin?: Credentials;
}

export interface TeamSetup {
  url: string;
  admin: Credentials;
  database: string;
  members: Credentials[];
}

export interface CallRecord {
  method: string;
  path: string;
  status: number;
}

export interface CanarySearch {
  /** Paths (relative to the server's folder) of files holding the canary. */
  files: string[];
  /** Request paths whose answers hold the canary. */
  http: string[];
  /** Whether the server listed `_local` documents (`/_local_docs`). */
  localDocsListed: boolean;
  /** How many `_local` documents (named in the server's log, or given) were read. */
  localDocsRead: number;
  found: boolean;
}

export const host: string;
export const configFileName: string;
export const logFileName: string;
export const outputFileName: string;
export function freePort(): Promise<number>;
export function startSyncServer(options?: StartOptions): Promise<SyncServer>;
export function parseCredentials(text: string): Credentials;
export function configureTeamServer(team: TeamSetup): Promise<CallRecord[]>;
export function searchServerForCanary(
  server: Pick<SyncServer, 'url' | 'dir'>,
  canary: string,
  options?: { admin?: Credentials; localIds?: string[] },
): Promise<CanarySearch>;
