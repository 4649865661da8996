// Page object for the family list: new family dialog, filters, search, opening a family.
import { expect, type Locator } from '@playwright/test';
import type { KehaApp } from './KehaApp';

export class FamiliesPage {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.families;
  }

  async expectOpen() {
    await expect(this.app.page.getByRole('heading', { level: 1, name: this.t.title })).toBeVisible();
  }

  async goto() {
    await this.app.nav('families').click();
    await this.expectOpen();
  }

  dialog(): Locator {
    return this.app.page.getByRole('dialog', { name: this.app.t.family.createTitle });
  }

  /** Opens the new-family dialog and returns the code it generated. */
  async openNewFamily(): Promise<string> {
    await this.app.page.getByRole('button', { name: this.t.newFamily }).click();
    const code = this.dialog().getByLabel(this.app.t.family.code);
    await expect(code).not.toHaveValue('');
    return code.inputValue();
  }

  /** Creates a family; returns its code. Ends on the family page. */
  async create(input: { code?: string; label?: string; worker?: string }): Promise<string> {
    const generated = await this.openNewFamily();
    const dialog = this.dialog();
    const t = this.app.t.family;
    if (input.code !== undefined) await dialog.getByLabel(t.code).fill(input.code);
    if (input.label !== undefined) await dialog.getByLabel(t.label).fill(input.label);
    if (input.worker !== undefined) await dialog.getByLabel(t.responsibleWorker).selectOption({ label: input.worker });
    await dialog.getByRole('button', { name: t.create }).click();
    const code = (input.code ?? generated).toUpperCase();
    await expect(this.app.page.getByRole('heading', { level: 1 })).toContainText(code);
    return code;
  }

  /**
   * A caseload added family by family through the new-family dialog: `count` families coded
   * PIKA-001, PIKA-002…, each with the next of `workers` as its responsible worker.
   */
  async createCaseload(count: number, workers: readonly string[]): Promise<string[]> {
    const codes: string[] = [];
    for (let index = 0; index < count; index++) {
      await this.goto();
      codes.push(await this.create({ code: caseloadCode(index), worker: workers[index % workers.length] }));
    }
    return codes;
  }

  table() {
    return this.app.page.getByRole('table');
  }

  rows() {
    return this.table().locator('tbody tr');
  }

  async search(query: string) {
    await this.app.page.getByLabel(this.t.search, { exact: true }).fill(query);
  }

  async filterStatus(status: 'all' | 'active' | 'closed') {
    await this.app.page.getByLabel(this.t.status, { exact: true }).selectOption(status);
  }

  async filterWorker(name: string) {
    await this.app.page.getByLabel(this.t.worker, { exact: true }).selectOption({ label: name });
  }

  async expectCodes(codes: string[]) {
    if (codes.length === 0) {
      await expect(this.app.page.getByText(this.t.noMatches)).toBeVisible();
      return;
    }
    await expect(this.rows().locator('th a')).toHaveText(codes);
  }

  async open(code: string) {
    await this.app.page.getByRole('link', { name: code, exact: true }).click();
    await expect(this.app.page.getByRole('heading', { level: 1 })).toContainText(code);
  }
}

/** The code `createCaseload` gives its `index`-th family (from 0): PIKA-001, PIKA-002… */
export function caseloadCode(index: number): string {
  return `PIKA-${String(index + 1).padStart(3, '0')}`;
}
