// Entry point of the Electron main process: one instance, sandboxed renderers, deny-by-default
// permissions and navigation for every web contents, the app's own protocol (app://keha/) serving
// the built renderer, a minimal menu, locking on OS screen lock and suspend, the typed IPC
// handlers, and the one window.
import { app, BrowserWindow, Menu, powerMonitor, protocol, session } from 'electron';

import { applicationMenuTemplate, menuLanguage } from './appMenu';
import { appProtocolHandler, appScheme, privilegedSchemes } from './appProtocol';
import { registerIpcHandlers } from './ipc';
import { wireOsLock } from './osLock';
import { isAppUrl, permissionDecision, userDataOverride } from './security';
import { appEntryUrl, createAppWindow, hardenWebContents, rendererRoot } from './windowFactory';

const showMainWindow = (): void => {
  const [existing] = BrowserWindow.getAllWindows();
  if (!existing) {
    createAppWindow('main');
    return;
  }
  if (existing.isMinimized()) existing.restore();
  existing.focus();
};

const start = (): void => {
  // Every renderer is sandboxed, whatever a future window's options say.
  app.enableSandbox();
  // Before 'ready': app://keha gets real origins, a secure context and fetch for ES modules.
  protocol.registerSchemesAsPrivileged(privilegedSchemes);

  // Any web contents, however it came to be, gets the same navigation / window / webview guards.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appEntryUrl()));

  // A second launch focuses the running Kehä instead of opening a second copy on the same data.
  app.on('second-instance', () => {
    if (app.isReady()) showMainWindow();
  });

  void app.whenReady().then(() => {
    const entry = appEntryUrl();
    const fromApp = (url: string | undefined) => isAppUrl(url, entry);
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((contents, permission, callback) =>
      callback(permissionDecision(permission) && fromApp(contents.getURL())),
    );
    ses.setPermissionCheckHandler(
      (contents, permission) => permissionDecision(permission) && contents !== null && fromApp(contents.getURL()),
    );
    ses.setDevicePermissionHandler(() => false);

    // The built renderer at app://keha/ (never file://).
    protocol.handle(appScheme, appProtocolHandler(rendererRoot()));
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(applicationMenuTemplate(process.platform, menuLanguage(app.getPreferredSystemLanguages()[0] ?? app.getLocale()))),
    );
    // The computer's screen locks or it goes to sleep: every window locks Kehä.
    wireOsLock(powerMonitor, () => BrowserWindow.getAllWindows());
    registerIpcHandlers(entry);
    showMainWindow();

    // macOS: clicking the dock icon with no window open brings the window back.
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createAppWindow('main');
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
};

// npm run try-sync: each window a separate computer (unpackaged only; see userDataOverride).
const userData = userDataOverride({ isPackaged: app.isPackaged, value: process.env['KEHA_USER_DATA_DIR'] });
if (userData) app.setPath('userData', userData);

if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
