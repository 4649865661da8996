// Shared setup for the browser tests (real Chromium, real IndexedDB): a fresh unlocked database per
// test, a container to render React into (in English), the two together with the app's session and
// notifications around what is rendered, a stand-in for the desktop shell, and axe.
import axe from 'axe-core';
import { Dexie } from 'dexie';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach } from 'vitest';
import type { KehaDesktopApi, PrintToPdfRequest, SaveTextFileRequest } from '../../shared/ipc/contract';
import { SessionContext } from '../../renderer/src/db/sessionContext';
import { NotificationsProvider } from '../../renderer/src/components/Notifications';
import { openDatabase, type KehaDatabase } from '../../renderer/src/db/database';
import type { Session } from '../../renderer/src/db/session';
import { changeLanguage, initI18n } from '../../renderer/src/i18n/i18n';
// Brings in the `window.kehaDesktop` declaration.
import type {} from '../../renderer/src/platform/platform';
import { unlockedSession } from '../unit/db/support';

/** Dexie resolves reads before their IndexedDB transaction ends; waiting lets those end so a delete is not reported as blocked. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A fresh database for each test; `db` may be replaced by a test that reopens it, and the current one is closed. */
export interface DatabaseWorld {
  name: string;
  db: KehaDatabase;
  session: Session;
}

/** A container in the page for each test, with the app in English; `render` keeps one React root per test. */
export interface ScreenWorld {
  container: HTMLDivElement;
  render(node: ReactNode): void;
}

/** Both: `render` puts the session and the notifications around what it renders, as the app does. */
export type BrowserWorld = DatabaseWorld & ScreenWorld;

type DatabaseOptions = {
  /** Start of the database's name (a random UUID follows). */
  prefix: string;
  /** Makes the session's clock, once per test (a fresh clock each time); default: unlockedSession's stepping clock. */
  clock?: () => () => Date;
};
type ScreenOptions = {
  /** CSS width of the container, for components that lay out by their width. */
  width?: string;
};

async function openWorld(world: DatabaseWorld, { prefix, clock }: DatabaseOptions) {
  world.name = `${prefix}-${crypto.randomUUID()}`;
  world.db = openDatabase(world.name);
  world.session = await unlockedSession(world.db, clock ? { now: clock() } : {});
}

async function closeWorld(world: DatabaseWorld) {
  world.db.close();
  await settle();
  await Dexie.delete(world.name);
}

/** The screen part: English, a container appended to the body; `wrap` puts providers around what is rendered. */
function screenPart({ width }: ScreenOptions, wrap: (node: ReactNode) => ReactNode) {
  let root: Root | null = null;
  const part = {
    container: null as unknown as HTMLDivElement,
    render(node: ReactNode) {
      root ??= createRoot(part.container);
      root.render(<I18nextProvider i18n={i18next}>{wrap(node)}</I18nextProvider>);
    },
    async open() {
      if (!i18next.isInitialized) await initI18n('en');
      await changeLanguage('en');
      part.container = document.createElement('div');
      if (width) part.container.style.width = width;
      document.body.append(part.container);
    },
    close() {
      root?.unmount();
      root = null;
      part.container.remove();
      delete window.kehaDesktop;
      if (window.location.hash) window.location.hash = '';
    },
  };
  return part;
}

/** Registers a fresh unlocked database per test (closed and deleted after it) and returns it. */
export function databaseWorld(options: DatabaseOptions): DatabaseWorld {
  const world = {} as DatabaseWorld;
  beforeEach(() => openWorld(world, options));
  afterEach(() => closeWorld(world));
  return world;
}

/**
 * Registers a container per test with the app in English; after each test the React root is
 * unmounted, the container removed, `window.kehaDesktop` deleted and the address's hash cleared.
 */
export function screenWorld(options: ScreenOptions = {}): ScreenWorld {
  const part = screenPart(options, (node) => node);
  beforeEach(() => part.open());
  afterEach(() => part.close());
  return {
    get container() {
      return part.container;
    },
    render: part.render,
  };
}

/** A fresh unlocked database and a container per test; `render` provides the session and notifications. */
export function browserWorld(options: DatabaseOptions & ScreenOptions): BrowserWorld {
  const world = {} as BrowserWorld;
  const part = screenPart(options, (node) => (
    <SessionContext.Provider value={world.session}>
      <NotificationsProvider fillsWindow={false}>{node}</NotificationsProvider>
    </SessionContext.Provider>
  ));
  Object.defineProperty(world, 'container', { get: () => part.container });
  world.render = part.render;
  beforeEach(async () => {
    await openWorld(world, options);
    await part.open();
  });
  afterEach(async () => {
    part.close();
    await closeWorld(world);
  });
  return world;
}

const noFolder = async (): Promise<never> => {
  throw new Error('No backup folder has been chosen');
};

/**
 * A stand-in for the Electron shell's preload API (the platform's real seam), recording each request;
 * `lockScreen()` plays the main process telling the window that the computer's screen locked.
 */
export function fakeDesktop(): {
  saved: SaveTextFileRequest[];
  printed: PrintToPdfRequest[];
  childMode: boolean[];
  lockScreen: () => void;
} {
  const saved: SaveTextFileRequest[] = [];
  const printed: PrintToPdfRequest[] = [];
  const childMode: boolean[] = [];
  const osLockListeners = new Set<() => void>();
  window.kehaDesktop = {
    saveTextFile: async (request) => {
      saved.push(request);
      return { status: 'saved', path: `/home/worker/${request.suggestedName}` };
    },
    printToPdf: async (request) => {
      printed.push(request);
      return { status: 'saved', path: `/home/worker/${request.suggestedName}` };
    },
    appInfo: async () => ({ version: 'test', platform: 'test' }),
    // No backup folder chosen: the platform keeps backups in the browser's store.
    backupFolder: async () => ({ folder: null }),
    chooseBackupFolder: async () => ({ status: 'cancelled' }),
    backupWriteBegin: noFolder,
    backupWriteChunk: noFolder,
    backupWriteEnd: noFolder,
    listBackups: noFolder,
    readBackup: noFolder,
    removeBackup: noFolder,
    setChildMode: async (request) => {
      childMode.push(request.on);
      return request;
    },
    onOsLock: (listener) => {
      osLockListeners.add(listener);
      return () => osLockListeners.delete(listener);
    },
  } satisfies KehaDesktopApi;
  return { saved, printed, childMode, lockScreen: () => osLockListeners.forEach((listener) => listener()) };
}

/** The serious and critical axe violations in `container`, as "id: help" lines (empty when there are none). */
export async function seriousAxeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { resultTypes: ['violations'] });
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help}`);
}
