// Page object for a family's hypotheses screen: the cards (new, edit, change status, delete with
// undo), a card's history dialog with the comparison of two revisions, the evolution view, and the
// export (Markdown download, print view). Finds controls by the names users see, in fi or en.
import { readFile } from 'node:fs/promises';
import { expect, type Locator } from '@playwright/test';
import type { HypothesisStatus, LensTag } from '../../../shared/hypothesis/hypothesis';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

export type CardInput = {
  wording: string;
  concerns?: string;
  evidenceFor?: string;
  evidenceAgainst?: string;
  testQuestions?: string[];
  lenses?: LensTag[];
  proposers?: string[];
};

export class FamilyHypothesesPage {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.hypotheses;
  }

  private get page() {
    return this.app.page;
  }

  async expectOpen(code: string) {
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(this.t.screen.title);
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(code);
  }

  /** From the family page, through its link. */
  async openFromFamilyPage(code: string) {
    await this.page.getByRole('link', { name: this.t.family.open }).click();
    await this.expectOpen(code);
  }

  view(name: 'cards' | 'evolution'): Locator {
    return this.page.getByRole('navigation', { name: this.t.screen.views }).getByRole('link', { name: this.t.screen[name] });
  }

  newSection(): Locator {
    return this.page.getByRole('region', { name: this.t.screen.newHypothesis });
  }

  field(scope: Locator, name: 'wording' | 'concerns' | 'evidenceFor' | 'evidenceAgainst' | 'testQuestions'): Locator {
    return scope.getByLabel(this.t.field[name], { exact: true });
  }

  async fillCard(scope: Locator, input: Partial<CardInput>) {
    if (input.wording !== undefined) await this.field(scope, 'wording').fill(input.wording);
    if (input.concerns !== undefined) await this.field(scope, 'concerns').fill(input.concerns);
    if (input.evidenceFor !== undefined) await this.field(scope, 'evidenceFor').fill(input.evidenceFor);
    if (input.evidenceAgainst !== undefined) await this.field(scope, 'evidenceAgainst').fill(input.evidenceAgainst);
    if (input.testQuestions !== undefined) await this.field(scope, 'testQuestions').fill(input.testQuestions.join('\n'));
    for (const lens of input.lenses ?? []) await scope.getByRole('checkbox', { name: this.t.lens[lens], exact: true }).check();
    for (const proposer of input.proposers ?? []) await scope.getByRole('checkbox', { name: proposer }).check();
  }

  async create(input: CardInput) {
    const form = this.newSection();
    await this.fillCard(form, input);
    await form.getByRole('button', { name: this.t.screen.create }).click();
    await expect(this.card(input.wording)).toBeVisible();
    await expect(this.field(form, 'wording')).toHaveValue('');
  }

  cards(): Locator {
    return this.page.getByTestId('hypothesis-card');
  }

  card(wording: string): Locator {
    return this.page.getByRole('article', { name: wording, exact: true });
  }

  status(card: Locator): Locator {
    return card.locator('.hypothesis-status');
  }

  async edit(wording: string, change: Partial<CardInput>) {
    const card = this.card(wording);
    await card.getByRole('button', { name: fill(this.t.screen.editLabel, { wording }) }).click();
    const form = card.getByRole('region', { name: this.t.screen.editHeading });
    await expect(form).toContainText(this.t.screen.outsideMeetingNote);
    await this.fillCard(form, change);
    await form.getByRole('button', { name: this.t.screen.saveChanges }).click();
    await expect(form).toBeHidden();
  }

  async openStatusForm(wording: string): Promise<Locator> {
    const card = this.card(wording);
    await card.getByRole('button', { name: fill(this.t.screen.changeStatusLabel, { wording }) }).click();
    return card.getByRole('region', { name: this.t.screen.changeStatus });
  }

  async changeStatus(wording: string, status: HypothesisStatus, reason: string) {
    const form = await this.openStatusForm(wording);
    await form.getByRole('radio', { name: this.t.status[status] }).check();
    await expect(form.getByLabel(this.t.screen.reason)).toBeVisible();
    if (reason) await form.getByLabel(this.t.screen.reason).fill(reason);
    await form.getByRole('button', { name: this.t.screen.saveStatus }).click();
    await expect(form).toBeHidden();
    await expect(this.status(this.card(wording))).toContainText(this.t.status[status]);
  }

  async openHistory(wording: string): Promise<Locator> {
    await this.card(wording).getByRole('button', { name: fill(this.t.screen.historyLabel, { wording }) }).click();
    const dialog = this.page.getByRole('dialog', { name: this.t.history.heading });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Chooses the two revisions (by sequence number) to compare in the open history dialog. */
  async compare(dialog: Locator, from: number, to: number) {
    await dialog.getByLabel(this.t.history.from, { exact: true }).selectOption({ index: from - 1 });
    await dialog.getByLabel(this.t.history.to, { exact: true }).selectOption({ index: to - 1 });
  }

  revisions(dialog: Locator): Locator {
    return dialog.locator('.hypothesis-revision');
  }

  async delete(wording: string) {
    await this.card(wording).getByRole('button', { name: fill(this.t.screen.deleteLabel, { wording }) }).click();
    await expect(this.card(wording)).toBeHidden();
  }

  evolutionImage(code: string): Locator {
    return this.page.getByRole('img', { name: fill(this.t.evolution.svgTitle, { code }) });
  }

  evolutionTable(): Locator {
    return this.page.getByRole('table', { name: this.t.evolution.tableCaption });
  }

  exportBar(): Locator {
    return this.page.getByRole('group', { name: this.t.screen.export });
  }

  async exportMarkdown(): Promise<{ name: string; content: string }> {
    const download = this.page.waitForEvent('download');
    await this.exportBar().getByRole('button', { name: this.t.screen.exportMarkdown }).click();
    const file = await download;
    return { name: file.suggestedFilename(), content: await readFile(await file.path(), 'utf8') };
  }

  printButton(): Locator {
    return this.exportBar().getByRole('button', { name: this.t.screen.print });
  }

  printView(): Locator {
    return this.page.getByRole('region', { name: this.t.screen.print });
  }
}
