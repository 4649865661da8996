// Page object for the meeting templates: the list (built-in templates with Clone, the team's own
// with Export and Delete, "Import template…" and its problem list) and the editor of a team's
// template (names, roles, phases reordered by keyboard drag and drop, a phase's fields, prompts and
// tools) with its live preview. Controls are found by the names users see, in the app's language.
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { builtInTemplates } from '../../../shared/meeting/builtInTemplates';
import type { BuiltInKind } from '../../../shared/meeting/template';
import type { KehaApp } from './KehaApp';
import { dragByKeyboard } from '../support/keyboardDrag';
import { fill } from './texts';

/** A file to import: its name and content (text, or raw bytes for a file that is not text). */
export type ImportFile = { name: string; content: string | Buffer };

export class TemplatesPage {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.templates;
  }

  private get page(): Page {
    return this.app.page;
  }

  // --- The list --------------------------------------------------------------------------------

  async goto() {
    await this.page
      .getByRole('navigation', { name: this.app.t.app.mainNavigation })
      .getByRole('link', { name: this.app.t.nav.templates })
      .click();
    await this.expectOpen();
  }

  async expectOpen() {
    await expect(this.page.getByRole('heading', { level: 1, name: this.t.title })).toBeVisible();
  }

  builtInList(): Locator {
    return this.page.getByRole('region', { name: this.t.builtIn.heading });
  }

  teamList(): Locator {
    return this.page.getByRole('region', { name: this.t.team.heading });
  }

  /** The team's templates as listed (each a list item with its name as a link). */
  teamItems(): Locator {
    return this.teamList().getByRole('listitem');
  }

  async expectTeamTemplates(names: string[]) {
    if (names.length === 0) {
      await expect(this.teamList().getByText(this.t.team.empty)).toBeVisible();
      await expect(this.teamItems()).toHaveCount(0);
      return;
    }
    await expect(this.teamItems().getByRole('link')).toHaveText(names);
  }

  builtInName(kind: BuiltInKind): string {
    return builtInTemplates.find((template) => template.kind === kind)!.name[this.app.language];
  }

  /** Clones a built-in template; ends in the editor of the copy. */
  async cloneBuiltIn(kind: BuiltInKind) {
    const name = this.builtInName(kind);
    await this.builtInList().getByRole('button', { name: fill(this.t.builtIn.cloneLabel, { name }) }).click();
    await expect(this.heading()).toHaveText(fill(this.t.copyName, { name }));
    await this.expectEditorOpen();
  }

  async open(name: string) {
    await this.teamList().getByRole('link', { name, exact: true }).click();
    await expect(this.heading()).toHaveText(name);
  }

  async deleteFromList(name: string) {
    await this.teamList().getByRole('button', { name: fill(this.t.team.deleteLabel, { name }) }).click();
    await this.app.expectNotification(fill(this.t.team.deleted, { name }));
  }

  /** Exports a template (from the list by name, or the one open in the editor); returns the file's name and text. */
  async exportTemplate(name?: string): Promise<{ name: string; content: string }> {
    const download = this.page.waitForEvent('download');
    if (name === undefined) await this.page.getByRole('button', { name: this.t.editor.export, exact: true }).click();
    else await this.teamList().getByRole('button', { name: fill(this.t.team.exportLabel, { name }) }).click();
    const file = await download;
    return { name: file.suggestedFilename(), content: await readFile(await file.path(), 'utf8') };
  }

  /** Picks a file with "Import template…", as the user does in the file dialog. */
  async importFile(file: ImportFile) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: this.t.import.button }).click();
    await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: typeof file.content === 'string' ? Buffer.from(file.content) : file.content });
  }

  /** The one alert that lists every problem of a refused file. */
  importProblems(): Locator {
    return this.page.locator('.import-problems[role="alert"]');
  }

  /** The problems listed for a refused file, each as its text. */
  async expectImportProblems(file: string, problems: (string | RegExp)[]) {
    await expect(this.importProblems()).toContainText(fill(this.t.import.failedTitle, { file }));
    await expect(this.importProblems().getByRole('listitem')).toHaveText(problems);
  }

  // --- The editor ------------------------------------------------------------------------------

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async expectEditorOpen() {
    await expect(this.page.getByRole('heading', { level: 2, name: this.t.editor.phases })).toBeVisible();
  }

  /** Waits until every change has been saved (the template's save state and every autosaving field). */
  async expectSaved() {
    await expect(this.page.locator('.save-status-pending, .save-status-saving')).toHaveCount(0);
    await expect(this.page.locator('.save-status-invalid, .save-status-failed')).toHaveCount(0);
    await expect(this.page.getByTestId('template-save-state')).not.toHaveText(this.t.editor.saving);
    await expect(this.page.getByTestId('template-save-state')).not.toHaveClass(/template-save-failed/);
  }

  /** Types into an autosaving field and waits for its "Saved". */
  async fillAndSave(field: Locator, text: string) {
    await field.fill(text);
    await field.blur();
    await expect(this.statusOf(field)).toHaveText(this.app.t.autosave.saved);
  }

  /** The "Saving…" / "Saved" / "Not saved" beside a field's label. */
  statusOf(field: Locator): Locator {
    return field.locator('xpath=ancestor::div[contains(@class, "field")][1]').getByTestId('save-status');
  }

  /** The message under a field. */
  errorOf(field: Locator): Locator {
    return field.locator('xpath=ancestor::div[contains(@class, "field")][1]').locator('.error');
  }

  async setName(names: { fi: string; en: string }) {
    const general = this.page.getByRole('region', { name: this.t.editor.general });
    await this.fillAndSave(general.getByLabel(this.t.editor.nameFi, { exact: true }), names.fi);
    await this.fillAndSave(general.getByLabel(this.t.editor.nameEn, { exact: true }), names.en);
  }

  roles(): Locator {
    return this.page.getByRole('region', { name: this.t.editor.roles, exact: true });
  }

  /** A role's card, by its number in the list. */
  role(number: number): Locator {
    const prefix = fill(this.t.editor.roleHeading, { number, name: '' });
    return this.roles().getByRole('article').filter({ has: this.page.getByRole('heading', { level: 3, name: new RegExp(`^${escape(prefix)}`) }) });
  }

  async renameRole(number: number, names: { fi: string; en: string }) {
    await this.fillAndSave(this.role(number).getByLabel(this.t.editor.roleNameFi, { exact: true }), names.fi);
    await this.fillAndSave(this.role(number).getByLabel(this.t.editor.roleNameEn, { exact: true }), names.en);
    await expect(this.role(number).getByRole('heading', { level: 3 })).toHaveText(fill(this.t.editor.roleHeading, { number, name: this.shown(names) }));
  }

  /** Tries to remove a role (by its name in the UI language). */
  async removeRole(number: number, name: string) {
    await this.role(number).getByRole('button', { name: fill(this.t.editor.removeRoleLabel, { name }) }).click();
  }

  phases(): Locator {
    return this.page.getByRole('region', { name: this.t.editor.phases, exact: true });
  }

  /** The drag-and-drop order list of the phases (a grid; each row is named by the phase's name). */
  phaseList(): Locator {
    return this.phases().getByRole('grid', { name: this.t.editor.phaseListLabel });
  }

  async expectPhaseOrder(names: string[]) {
    await expect(this.phaseList().getByRole('row')).toHaveCount(names.length);
    for (const [index, name] of names.entries()) await expect(this.phaseList().getByRole('row').nth(index)).toHaveAccessibleName(name);
  }

  async phaseNames(): Promise<string[]> {
    const rows = this.phaseList().getByRole('row');
    const names: string[] = [];
    for (let index = 0; index < (await rows.count()); index++) names.push((await rows.nth(index).getAttribute('aria-label')) ?? '');
    return names;
  }

  async openPhase(name: string) {
    await this.phaseList().getByRole('button', { name: fill(this.t.editor.editLabel, { name }) }).click();
    await expect(this.phaseEditor()).toHaveAccessibleName(new RegExp(`: ${escape(name)}$`));
  }

  /** The editor of the phase opened now. */
  phaseEditor(): Locator {
    return this.phases().locator('section.phase-editor');
  }

  /** Adds a phase (at the end; it opens in the phase editor) and names it. */
  async addPhase(names: { fi: string; en: string }) {
    const count = await this.phaseList().getByRole('row').count();
    await this.phases().getByRole('button', { name: this.t.editor.addPhase, exact: true }).click();
    await expect(this.phaseList().getByRole('row')).toHaveCount(count + 1);
    await expect(this.phaseEditor().getByRole('heading', { level: 3 })).toBeFocused();
    await this.fillAndSave(this.phaseEditor().getByLabel(this.t.editor.phaseNameFi, { exact: true }), names.fi);
    await this.fillAndSave(this.phaseEditor().getByLabel(this.t.editor.phaseNameEn, { exact: true }), names.en);
    await expect(this.phaseList().getByRole('row').nth(count)).toHaveAccessibleName(this.shown(names));
  }

  /** A template text as the UI shows it: in the UI language, or in the other one when it has none. */
  shown(text: { fi: string; en: string }): string {
    const own = text[this.app.language];
    return own.trim() !== '' ? own : text[this.app.language === 'fi' ? 'en' : 'fi'];
  }

  minutes(): Locator {
    return this.phaseEditor().getByLabel(new RegExp(`^(${escape(this.t.editor.minutes)}|${escape(this.t.editor.minutesPerFamily)})$`));
  }

  async setLeadRole(roleName: string) {
    await this.phaseEditor().getByLabel(this.t.editor.leadRole, { exact: true }).selectOption({ label: roleName });
    await this.expectSaved();
  }

  tool(toolName: string): Locator {
    return this.phaseEditor().getByRole('group', { name: this.t.editor.tools }).getByRole('checkbox', { name: toolName, exact: true });
  }

  /** Adds a prompt for a role (by its name in the UI language) in the opened phase. */
  async addPrompt(roleName: string, prompt: { fi: string; en: string }) {
    const form = this.phaseEditor().getByRole('form', { name: this.t.editor.addPrompt });
    const prompts = this.prompts(roleName);
    const number = (await prompts.count()) + 1;
    await form.getByLabel(this.t.editor.addPromptRole, { exact: true }).selectOption({ label: roleName });
    await form.getByLabel(this.t.editor.newPromptFi, { exact: true }).fill(prompt.fi);
    await form.getByLabel(this.t.editor.newPromptEn, { exact: true }).fill(prompt.en);
    await form.getByRole('button', { name: this.t.editor.addPromptButton }).click();
    await expect(prompts).toHaveCount(number);
    await expect(prompts.last().getByLabel(fill(this.t.editor.promptFi, { number }), { exact: true })).toHaveValue(prompt.fi);
    await expect(form.getByLabel(this.t.editor.newPromptFi, { exact: true })).toHaveValue('');
    await this.expectSaved();
  }

  /** The prompts of the opened phase for a role (by its name in the UI language), each a list item with its two fields. */
  prompts(roleName: string): Locator {
    return this.phaseEditor().getByRole('group', { name: roleName, exact: true }).locator('li.prompt-item');
  }

  async removePhase(name: string) {
    await this.phaseEditor().getByRole('button', { name: fill(this.t.editor.removePhaseLabel, { name }) }).click();
    await this.app.expectNotification(fill(this.t.editor.phaseRemoved, { name }));
  }

  /**
   * Keyboard drag and drop in the phase list, as a keyboard user does it: from the section heading
   * Tab into the list, arrow keys to the phase's row, Tab to its drag handle, Enter to pick it up,
   * arrow keys to the new place (`steps` < 0 moves up), Enter to drop.
   */
  async dragPhaseByKeyboard(name: string, steps: number) {
    const index = (await this.phaseNames()).indexOf(name);
    if (index < 0) throw new Error(`${name} is not a phase`);
    const row = this.phaseList().getByRole('row', { name, exact: true });
    await dragByKeyboard(this.page, {
      heading: this.phases().getByRole('heading', { level: 2 }),
      list: this.phaseList(),
      row,
      index,
      handle: row.locator('[slot="drag"]'),
      steps,
    });
  }

  // --- The preview -----------------------------------------------------------------------------

  preview(): Locator {
    return this.page.getByRole('region', { name: this.t.preview.heading, exact: true });
  }

  /** The preview's steps, each a list item starting "n. Phase name". */
  previewSteps(): Locator {
    return this.preview().getByRole('list', { name: this.t.preview.agenda }).locator(':scope > li');
  }

  previewStep(number: number): Locator {
    return this.previewSteps().nth(number - 1);
  }

  previewLength(): Locator {
    return this.page.getByTestId('preview-length');
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
