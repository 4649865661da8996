// Page object for one family's page: autosaved fields, children, status, deletion with undo.
import { expect } from '@playwright/test';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

export class FamilyPage {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.family;
  }

  field(label: string) {
    return this.app.page.locator('.family-page').getByLabel(label, { exact: true }).first();
  }

  code() {
    return this.field(this.t.code);
  }

  label() {
    return this.field(this.t.label);
  }

  notes() {
    return this.field(this.t.notes);
  }

  /** The notice under a field that another window replaced this window's text of it. */
  changedElsewhere(label: string) {
    return this.app.page.locator('.family-page').getByRole('status').filter({ hasText: fill(this.app.t.autosave.changedElsewhere, { field: label }) });
  }

  /** Waits until every autosaving field on the page says it is saved (or idle). */
  async expectSaved() {
    await expect(this.app.page.locator('.save-status-pending, .save-status-saving')).toHaveCount(0);
    await expect(this.app.page.locator('.save-status-invalid, .save-status-failed')).toHaveCount(0);
  }

  /** Adds a child and waits until it is listed; `refused`: the form is expected to refuse it (nothing to wait for). */
  async addChild(pseudonym: string, birthYear: string, { refused = false }: { refused?: boolean } = {}) {
    const form = this.app.page.getByRole('form', { name: this.t.addChild });
    await form.getByLabel(this.t.childPseudonym).fill(pseudonym);
    await form.getByLabel(this.t.birthYear).fill(birthYear);
    await form.getByRole('button', { name: this.t.addChild }).click();
    if (refused) return;
    // Added: the form is empty again and the child is listed.
    await expect(form.getByLabel(this.t.childPseudonym)).toHaveValue('');
    await expect
      .poll(() => this.children().getByLabel(this.t.childPseudonym).evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value)))
      .toContain(pseudonym);
  }

  children() {
    return this.app.page.locator('.child-list > li');
  }

  async setStatus(status: 'active' | 'closed') {
    await this.app.page.getByLabel(this.t.status, { exact: true }).selectOption(status);
  }

  async setWorker(name: string) {
    await this.app.page.getByLabel(this.t.responsibleWorker).selectOption({ label: name });
  }

  async delete(code: string) {
    await this.app.page.getByRole('button', { name: this.t.delete }).click();
    const dialog = this.app.page.getByRole('alertdialog', { name: fill(this.t.deleteTitle, { code }) });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: this.t.deleteConfirm }).click();
    await expect(dialog).toBeHidden();
    // Deleted once the app says so (the dialog closes before the delete is stored).
    await expect(this.app.notification()).toContainText(fill(this.t.deleted, { code }));
  }

  async undo() {
    await this.app.notification().getByRole('button', { name: this.app.t.commands.undo }).click();
  }

  removeChildButton(name: string) {
    return this.app.page.getByRole('button', { name: fill(this.t.removeChild, { name }) });
  }
}
