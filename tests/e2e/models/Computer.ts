// Page object for one team member's computer in the sync journeys: its own Playwright BrowserContext
// (so its own IndexedDB, localStorage and cookies, as a separate laptop has) on the same app
// address, with Kehä's page object (`app`) on its page, and its network that can be cut
// (`goOffline`) and restored (`goOnline`). Open computers with the `computers` fixture of
// tests/e2e/support/syncServer.ts, which closes them after the test.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Language } from '../../../shared/i18n/messages';
import { KehaApp } from './KehaApp';

export interface ComputerOptions {
  /** A name for the test's messages, e.g. the member using it ("anna"). */
  name: string;
  /** The app's address (the test's baseURL). */
  baseURL: string;
  language?: Language;
}

export class Computer {
  private constructor(
    readonly name: string,
    readonly context: BrowserContext,
    readonly page: Page,
    readonly app: KehaApp,
  ) {}

  /** A new computer: a fresh context (empty IndexedDB) with one page, Kehä not yet opened. */
  static async open(browser: Browser, { name, baseURL, language = 'fi' }: ComputerOptions): Promise<Computer> {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    return new Computer(name, context, page, new KehaApp(page, language));
  }

  /** Opens Kehä on this computer (the start screen: create or unlock). */
  async openApp(path = '/') {
    await this.app.open(path);
  }

  /** The network cable is pulled: every request of this computer fails, the app's own address too. */
  async goOffline() {
    await this.context.setOffline(true);
  }

  async goOnline() {
    await this.context.setOffline(false);
  }

  /** The laptop is shut: its pages close; its data goes with the context. */
  async close() {
    await this.context.close();
  }
}
