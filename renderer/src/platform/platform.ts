// The one door to what only the desktop shell does well. Inside Electron the preload exposes
// `window.kehaDesktop`; in a plain browser the same functions fall back to browser behaviour
// (a download instead of a save dialog, the print dialog instead of printToPDF).
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
};

export function getPlatform(): Platform {
  const desktop = window.kehaDesktop;
  if (desktop) {
    return {
      kind: 'desktop',
      saveTextFile: (request) => desktop.saveTextFile(request),
      printToPdf: (suggestedName) => desktop.printToPdf({ suggestedName }),
    };
  }
  return { kind: 'browser', saveTextFile: downloadTextFile, printToPdf: printWithDialog };
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
