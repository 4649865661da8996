// The one door to what only the desktop shell does well. Inside Electron the preload exposes
// `window.kehaDesktop`; in a plain browser the same functions fall back to browser behaviour
// (a download instead of a save dialog, the print dialog instead of printToPDF); what a browser
// cannot do at all (a kiosk window for child mode, hearing that the computer's screen locked) does
// nothing there.
import type { KehaDesktopApi, SaveResult, SaveTextFileRequest } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    kehaDesktop?: KehaDesktopApi;
  }
}

export type Platform = {
  kind: 'desktop' | 'browser';
  saveTextFile(request: SaveTextFileRequest): Promise<SaveResult>;
  printToPdf(suggestedName: string): Promise<SaveResult>;
  /** Desktop: this window becomes a kiosk window (no menu, shortcuts blocked) while child mode is on. */
  setChildMode(on: boolean): Promise<void>;
  /** Desktop: calls `listener` when the computer's screen locks or it suspends. Returns the unsubscribe. */
  onOsLock(listener: () => void): () => void;
};

export function getPlatform(): Platform {
  const desktop = window.kehaDesktop;
  if (desktop) {
    return {
      kind: 'desktop',
      saveTextFile: (request) => desktop.saveTextFile(request),
      printToPdf: (suggestedName) => desktop.printToPdf({ suggestedName }),
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
    setChildMode: async () => undefined,
    onOsLock: () => () => undefined,
  };
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
