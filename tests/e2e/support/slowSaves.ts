// Makes saving slow, the way a busy two-core machine is: an init script (page.addInitScript) that
// holds back the completion of every read-write IndexedDB transaction by `kehaSaveDelayMs`
// milliseconds (0 at first; set it with `setSaveDelay`). The database itself stays real: the write
// happens, only the page hears of it later, so whatever waits for a save (the repository's promise,
// Dexie's live queries) waits as it would on a slow machine.
import type { Page } from '@playwright/test';

type SlowScope = { kehaSaveDelayMs: number };

/** The init script. Self-contained: Playwright serialises it into the page. */
export function slowSaves() {
  const scope = window as unknown as SlowScope;
  scope.kehaSaveDelayMs = 0;
  const later = (transaction: IDBTransaction, deliver: () => void) => {
    const delay = transaction.mode === 'readwrite' ? scope.kehaSaveDelayMs : 0;
    if (delay > 0) setTimeout(deliver, delay);
    else deliver();
  };
  const proto = IDBTransaction.prototype;
  const oncomplete = Object.getOwnPropertyDescriptor(proto, 'oncomplete')!;
  Object.defineProperty(proto, 'oncomplete', {
    configurable: true,
    get(this: IDBTransaction) {
      return oncomplete.get!.call(this);
    },
    set(this: IDBTransaction, handler: ((this: IDBTransaction, event: Event) => void) | null) {
      const transaction = this;
      oncomplete.set!.call(
        this,
        handler ? (event: Event) => later(transaction, () => handler.call(transaction, event)) : null,
      );
    },
  });
  const addEventListener = proto.addEventListener;
  proto.addEventListener = function (
    this: IDBTransaction,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (type !== 'complete' || typeof listener !== 'function') return addEventListener.call(this, type, listener!, options);
    const transaction = this;
    return addEventListener.call(this, type, (event: Event) => later(transaction, () => listener.call(transaction, event)), options);
  } as typeof proto.addEventListener;
}

/** Holds back every save's completion by `ms` from now on (the page must have `slowSaves` installed). */
export async function setSaveDelay(page: Page, ms: number) {
  await page.evaluate((delay) => ((window as unknown as SlowScope).kehaSaveDelayMs = delay), ms);
}

/**
 * Starts noting every step number the facilitator view shows ("Step n of N"), in order, so a test
 * can tell whether the screen ever stepped back. Read them with `shownSteps`.
 */
export async function recordShownSteps(page: Page) {
  await page.evaluate(() => {
    const scope = window as unknown as { kehaShownSteps: number[] };
    scope.kehaShownSteps = [];
    const note = () => {
      const text = document.querySelector('.run-step-of')?.textContent ?? '';
      const match = /(\d+)\D+\d+\s*$/.exec(text);
      const step = match?.[1] ? Number(match[1]) : null;
      if (step !== null && scope.kehaShownSteps.at(-1) !== step) scope.kehaShownSteps.push(step);
    };
    note();
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

export async function shownSteps(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { kehaShownSteps: number[] }).kehaShownSteps);
}
