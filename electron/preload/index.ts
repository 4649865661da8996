// The preload of the Kehä window: exposes exactly the named functions of `KehaDesktopApi` as
// `window.kehaDesktop`, each a thin call over one IPC channel. ipcRenderer itself is never exposed.
// It runs sandboxed, so it may only import 'electron' and zod-free shared code (channels.ts);
// the contract is imported for its types only.
import { contextBridge, ipcRenderer } from 'electron';

import { ipcChannels, ipcEvents } from '../../shared/ipc/channels';
import type { KehaDesktopApi } from '../../shared/ipc/contract';

const api = {
  saveTextFile: (request) => ipcRenderer.invoke(ipcChannels.saveTextFile, request),
  printToPdf: (request) => ipcRenderer.invoke(ipcChannels.printToPdf, request),
  appInfo: () => ipcRenderer.invoke(ipcChannels.appInfo),
  backupFolder: () => ipcRenderer.invoke(ipcChannels.backupFolder),
  chooseBackupFolder: () => ipcRenderer.invoke(ipcChannels.chooseBackupFolder),
  backupWriteBegin: (request) => ipcRenderer.invoke(ipcChannels.backupWriteBegin, request),
  backupWriteChunk: (request) => ipcRenderer.invoke(ipcChannels.backupWriteChunk, request),
  backupWriteEnd: (request) => ipcRenderer.invoke(ipcChannels.backupWriteEnd, request),
  listBackups: () => ipcRenderer.invoke(ipcChannels.listBackups),
  readBackup: (request) => ipcRenderer.invoke(ipcChannels.readBackup, request),
  removeBackup: (request) => ipcRenderer.invoke(ipcChannels.removeBackup, request),
  setChildMode: (request) => ipcRenderer.invoke(ipcChannels.setChildMode, request),
  // The page's listener gets a plain call: the IPC event object (with its sender) never reaches it.
  onOsLock: (listener) => {
    const handler = () => listener();
    ipcRenderer.on(ipcEvents.osLock, handler);
    return () => {
      ipcRenderer.removeListener(ipcEvents.osLock, handler);
    };
  },
} satisfies KehaDesktopApi;

contextBridge.exposeInMainWorld('kehaDesktop', api);
