// Page object for joining a team that already uses Kehä: the offer on the first screen of a computer
// with no vault, and the join form (server address, server user and password, team passphrase), worked
// by keyboard alone.
import { expect, type Locator } from '@playwright/test';
import type { KeyboardUser } from '../support/keyboardUser';
import type { KehaApp } from './KehaApp';

export type JoinDetails = { address: string; user: string; password: string; passphrase: string };

export class JoinPage {
  constructor(
    private readonly app: KehaApp,
    private readonly keyboard: KeyboardUser,
  ) {}

  private get t() {
    return this.app.t.sync;
  }

  heading(): Locator {
    return this.app.page.getByRole('heading', { level: 1, name: this.t.join.title });
  }

  field(name: 'address' | 'user' | 'password' | 'passphrase'): Locator {
    const label = name === 'passphrase' ? this.t.join.passphrase : this.t.fields[name];
    return this.app.page.getByLabel(label, { exact: true });
  }

  /** On the create-vault screen of a fresh computer: opens the join form. */
  async open() {
    await expect(this.app.page.getByRole('heading', { name: this.app.t.vault.createTitle })).toBeVisible();
    await this.keyboard.press(this.app.page.getByRole('button', { name: this.t.join.offer }));
    await expect(this.heading()).toBeVisible();
  }

  /** Types every field and presses Enter in the last, as a keyboard user submits the form. */
  async join(details: JoinDetails) {
    await this.keyboard.type(this.field('address'), details.address);
    await this.keyboard.type(this.field('user'), details.user);
    await this.keyboard.type(this.field('password'), details.password);
    await this.keyboard.type(this.field('passphrase'), details.passphrase);
    await this.app.page.keyboard.press('Enter');
  }

  async expectFailure(text: string) {
    await expect(this.app.page.getByRole('alert')).toHaveText(text);
  }

  async cancel() {
    await this.keyboard.press(this.app.page.getByRole('button', { name: this.t.join.cancel }));
    await expect(this.app.page.getByRole('heading', { name: this.app.t.vault.createTitle })).toBeVisible();
  }
}
