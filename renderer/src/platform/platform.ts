// The one door to what only the desktop shell does well. Inside Electron the preload exposes
// `window.kehaDesktop`; in a plain browser the same functions fall back to browser behaviour
// (a download instead of a save dialog, the print dialog instead of printToPDF); what a browser
// cannot do at all (a kiosk window for child mode, hearing that the computer's screen locked) does
// nothing there.
import type { KehaDesktopApi, SaveResult, SaveTextFileRequest } from '../../../shared/ipc/contract';
import { maxSaveFileBytes } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    kehaDesktop?: KehaDesktopApi;
  }
}

export type Platform = {
  kind: 'desktop' | 'browser';
  saveTextFile(request: SaveTextFileRequest): Promise<SaveResult>;
  printToPdf(suggestedName: string): Promise<SaveResult>;
  /** Saves a file the user keeps (a backup): a download in the browser, a save dialog in the desktop app. */
  saveFile(file: Blob, suggestedName: string): Promise<SaveResult>;
  /** The desktop shell's backup folder functions; absent in the browser. */
  backupFolder?: Pick<
    KehaDesktopApi,
    'backupFolder' | 'chooseBackupFolder' | 'backupWriteBegin' | 'backupWriteChunk' | 'backupWriteEnd' | 'listBackups' | 'readBackup' | 'removeBackup'
  >;
  /** Desktop: this window becomes a kiosk window (no menu, shortcuts blocked) while child mode is on. */
  setChildMode(on: boolean): Promise<void>;
  /** Desktop: calls `listener` when the computer's screen locks or it suspends. Returns the unsubscribe. */
  onOsLock(listener: () => void): () => void;
};

export function getPlatform(): Platform {
  const desktop = typeof window === 'undefined' ? undefined : window.kehaDesktop;
  if (desktop) {
    return {
      kind: 'desktop',
      saveTextFile: (request) => desktop.saveTextFile(request),
      printToPdf: (suggestedName) => desktop.printToPdf({ suggestedName }),
      saveFile: async (file, suggestedName) => {
        // The save channel carries text up to its limit; a larger backup is in the team's folder already.
        if (file.size > maxSaveFileBytes) throw new Error('The file is too large to save this way');
        return desktop.saveTextFile({ suggestedName, content: await file.text(), mimeType: 'application/json' });
      },
      backupFolder: desktop,
      setChildMode: async (on) => {
        await desktop.setChildMode({ on });
      },
      onOsLock: (listener) => desktop.onOsLock(listener),
    };
  }
  return {
    kind: 'browser',
    saveTextFile: downloadTextFile,
    printToPdf: printWithDialog,
    saveFile: downloadFile,
    setChildMode: async () => undefined,
    onOsLock: () => () => undefined,
  };
}

/** A download of `file` as it is (an object URL: the file is not copied into a string). */
async function downloadFile(file: Blob, suggestedName: string): Promise<SaveResult> {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { status: 'saved', path: suggestedName };
}

async function downloadTextFile(request: SaveTextFileRequest): Promise<SaveResult> {
  const url = URL.createObjectURL(new Blob([request.content], { type: `${request.mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { status: 'saved', path: request.suggestedName };
}

async function printWithDialog(): Promise<SaveResult> {
  window.print();
  return { status: 'saved', path: '' };
}
