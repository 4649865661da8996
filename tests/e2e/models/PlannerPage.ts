// Page object for the meeting planner: time and type, participants and guests, roles, quick round,
// deep-dive families (add, presenter, question, reorder by buttons or by keyboard drag and drop,
// remove), warnings, open actions, and Start / Duplicate / Cancel.
import { expect, type Locator, type Page } from '@playwright/test';
import type { TeamRole } from '../../../shared/team/roles';
import type { KehaApp } from './KehaApp';
import { dragByKeyboard } from '../support/keyboardDrag';
import { fill } from './texts';

/** A standard role by id, or any role by the name the meeting's template gives it. */
export type PlannerRole = TeamRole | { name: string };

export class PlannerPage {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.meetings;
  }

  private get page(): Page {
    return this.app.page;
  }

  /** Waits for the planner of a meeting (of the given type name, if given). */
  async expectOpen(templateName?: string) {
    const heading = this.page.getByRole('heading', { level: 1 });
    if (templateName) await expect(heading).toContainText(templateName);
    await expect(this.page.getByRole('heading', { level: 2, name: this.t.schedule })).toBeVisible();
  }

  /** The meeting id from the address (#/meetings/ID/plan). */
  meetingId(): string {
    const match = /#\/meetings\/([^/]+)/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`Not on a meeting: ${this.page.url()}`);
    return decodeURIComponent(match[1]);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  region(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  saveState(): Locator {
    return this.page.getByTestId('plan-save-state');
  }

  /** Waits until every change has been saved (plan-wide state and every autosaving field). */
  async expectSaved() {
    await expect(this.page.locator('.save-status-pending, .save-status-saving')).toHaveCount(0);
    await expect(this.page.locator('.save-status-invalid, .save-status-failed')).toHaveCount(0);
    await expect(this.saveState()).not.toHaveText(this.t.saving);
    await expect(this.saveState()).not.toHaveClass(/plan-save-failed/);
  }

  // --- Time and type -------------------------------------------------------------------------

  dateTime(): Locator {
    return this.region(this.t.schedule).getByLabel(this.t.dateTime);
  }

  async setDateTime(value: string) {
    await this.dateTime().fill(value);
  }

  templateSelect(): Locator {
    return this.region(this.t.schedule).getByLabel(this.t.template);
  }

  async setTemplate(name: string) {
    await this.templateSelect().selectOption({ label: name });
  }

  // --- Participants ----------------------------------------------------------------------------

  participants(): Locator {
    return this.region(this.t.participants);
  }

  member(name: string): Locator {
    return this.participants().getByRole('checkbox', { name: new RegExp(`^${escape(name)}`) });
  }

  async setTakingPart(name: string, takingPart: boolean) {
    await this.member(name).setChecked(takingPart);
  }

  guests(): Locator {
    return this.participants().locator('.guest-list > li');
  }

  guestForm(): Locator {
    return this.page.getByRole('form', { name: this.t.addGuest });
  }

  /**
   * Adds a guest by typing and pressing Enter in the guest form; optionally a family member, and
   * taking part in the deep dive of the family with this code.
   */
  async addGuest(name: string, organisation = '', options: { deepDive?: string; familyMember?: boolean } = {}) {
    const form = this.guestForm();
    await form.getByLabel(this.t.guestName).fill(name);
    await form.getByLabel(this.t.guestOrganisation).fill(organisation);
    if (options.familyMember) await form.getByRole('checkbox', { name: this.t.guestIsFamilyMember }).check();
    if (options.deepDive) await form.getByLabel(this.t.guestDeepDive).selectOption({ label: options.deepDive });
    await form.getByLabel(this.t.guestOrganisation).press('Enter');
    await expect(this.guests().filter({ hasText: name })).toHaveCount(1);
  }

  /** A guest's choices: the deep dives they take part in, and those whose safety round they score in. */
  guestDeepDives(name: string): Locator {
    return this.participants().getByRole('group', { name: fill(this.t.guestJoins, { name }) });
  }

  /** The checkbox saying the guest takes part in the deep dive of the family `code`. */
  guestJoins(name: string, code: string): Locator {
    return this.guestDeepDives(name).getByRole('checkbox', { name: fill(this.t.guestJoinsFamily, { code }), exact: true });
  }

  /** The checkbox including the guest in the safety round of the family `code`. */
  guestScores(name: string, code: string): Locator {
    return this.guestDeepDives(name).getByRole('checkbox', { name: fill(this.t.guestScores, { name, code }), exact: true });
  }

  async removeGuest(name: string) {
    await this.participants().getByRole('button', { name: fill(this.t.removeGuest, { name }) }).click();
  }

  // --- Roles -----------------------------------------------------------------------------------
  // A role is given by its standard id (a meeting with standard role names, such as the weekly
  // meeting) or by the name the meeting's template gives it ({ name: 'Attending physician' }).

  role(role: PlannerRole): Locator {
    return this.region(this.t.roles).getByLabel(this.roleName(role), { exact: true });
  }

  /** The role selects' labels, in the order the planner lists them (the meeting template's roles). */
  roleLabels(): Locator {
    return this.region(this.t.roles).locator('.role-field > label');
  }

  /** Gives a role to a participant, by the name shown in the select (a guest shows with organisation). */
  async assignRole(role: PlannerRole, participant: string | null) {
    if (participant === null) await this.role(role).selectOption({ label: this.t.nobody });
    else await this.role(role).selectOption({ label: participant });
  }

  async expectRoleHolder(role: PlannerRole, participant: string | null) {
    await expect(this.role(role).locator('option:checked')).toHaveText(participant ?? this.t.nobody);
  }

  // --- Warnings --------------------------------------------------------------------------------

  warnings(): Locator {
    return this.page.getByTestId('plan-warnings');
  }

  roleWarning(role: PlannerRole): string {
    const label = this.roleName(role);
    return fill(this.t.warningRoleUnassigned, { role: label.charAt(0).toLocaleLowerCase() + label.slice(1) });
  }

  private roleName(role: PlannerRole): string {
    return typeof role === 'string' ? this.app.t.roles[role] : role.name;
  }

  // --- Quick round -----------------------------------------------------------------------------

  quickRound(): Locator {
    return this.region(this.t.quickRound);
  }

  quickRoundItems(): Locator {
    return this.quickRound().locator('.quick-round-list > li');
  }

  async expectQuickRound(codes: string[]) {
    await expect(this.quickRoundItems().locator('strong')).toHaveText(codes);
  }

  async removeFromQuickRound(code: string) {
    await this.quickRound().getByRole('button', { name: fill(this.t.removeFromQuickRound, { code }) }).click();
  }

  async addToQuickRound(code: string) {
    await selectOptionStartingWith(this.quickRound().getByLabel(this.t.addToQuickRound), code);
    await this.quickRound().getByRole('button', { name: this.t.addToQuickRoundButton }).click();
  }

  // --- Deep dives ------------------------------------------------------------------------------

  /** The deep-dive families, or in a one-family meeting (an interim review) the family under review. */
  deepDives(): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^(${escape(this.t.deepDives)}|${escape(this.t.reviewFamily)})$`) });
  }

  /** Chooses the one family of a one-family meeting (an interim review) and, if given, its presenter. */
  async chooseFamily(code: string, presenter?: string) {
    await selectOptionStartingWith(this.deepDives().getByLabel(this.t.chooseReviewFamily), code);
    await this.deepDives().getByRole('button', { name: this.t.chooseReviewFamilyButton }).click();
    await expect(this.card(code)).toBeVisible();
    if (presenter !== undefined) await this.setPresenter(code, presenter);
  }

  /** The drag-and-drop order list (a grid; each row is named by the family code). */
  orderList(): Locator {
    return this.deepDives().getByRole('grid', { name: this.t.deepDiveListLabel });
  }

  /** A deep-dive family's card (presenter, question, move and remove buttons). */
  card(code: string): Locator {
    return this.deepDives().getByRole('article').filter({ has: this.page.getByRole('heading', { level: 3, name: new RegExp(`\\b${escape(code)}\\b`) }) });
  }

  /** The deep-dive families' codes in order (from the cards; a deleted family reads "Deleted family"). */
  async deepDiveCodes(): Promise<string[]> {
    await expect(this.deepDives().getByRole('heading', { level: 2 })).toBeVisible();
    const titles = await this.deepDives().getByRole('article').getByRole('heading', { level: 3 }).allTextContents();
    return titles.map((title) => title.replace(/^\s*\d+\.\s*/, '').split(' · ')[0]!.trim());
  }

  /** Checks the deep-dive order on the cards and, while the plan is editable, in the drag-and-drop list. */
  async expectDeepDives(codes: string[]) {
    if (codes.length === 0) {
      await expect(this.deepDives().getByText(this.t.deepDivesEmpty)).toBeVisible();
      return;
    }
    await expect(this.deepDives().getByRole('article')).toHaveCount(codes.length);
    await expect.poll(() => this.deepDiveCodes()).toEqual(codes);
    if ((await this.orderList().count()) > 0) {
      await expect(this.orderList().getByRole('row')).toHaveCount(codes.length);
      for (const [index, code] of codes.entries()) await expect(this.orderList().getByRole('row').nth(index)).toHaveAccessibleName(code);
    }
  }

  /** Adds a deep-dive family by its code and, if given, chooses its presenter and writes its question. */
  async addDeepDive(code: string, presenter?: string, question?: string) {
    await selectOptionStartingWith(this.deepDives().getByLabel(this.t.addDeepDive), code);
    await this.deepDives().getByRole('button', { name: this.t.addDeepDiveButton }).click();
    await expect(this.card(code)).toBeVisible();
    if (presenter !== undefined) await this.setPresenter(code, presenter);
    if (question !== undefined) await this.setQuestion(code, question);
  }

  presenter(code: string): Locator {
    return this.card(code).getByLabel(this.t.presenter);
  }

  async setPresenter(code: string, presenter: string) {
    await this.presenter(code).selectOption({ label: presenter });
  }

  question(code: string): Locator {
    return this.card(code).getByLabel(this.t.question);
  }

  async setQuestion(code: string, question: string) {
    await this.question(code).fill(question);
    await expect(this.card(code).getByTestId('save-status')).toHaveText(this.app.t.autosave.saved);
  }

  /** Moves a deep-dive family one place up with its Move up button, pressed from the keyboard. */
  async moveDeepDiveUp(code: string) {
    await this.pressButton(this.card(code).getByRole('button', { name: fill(this.t.moveUpLabel, { code }) }));
  }

  async moveDeepDiveDown(code: string) {
    await this.pressButton(this.card(code).getByRole('button', { name: fill(this.t.moveDownLabel, { code }) }));
  }

  /**
   * Keyboard drag and drop in the order list, as a keyboard user does it: from the section heading
   * Tab into the list, arrow keys to the family's row, Tab to its drag handle, Enter to pick it up,
   * arrow keys to the new place (`steps` < 0 moves up), Enter to drop.
   */
  async dragDeepDiveByKeyboard(code: string, steps: number) {
    const index = (await this.deepDiveCodes()).indexOf(code);
    if (index < 0) throw new Error(`${code} is not a deep dive`);
    const row = this.orderList().getByRole('row', { name: code });
    await dragByKeyboard(this.page, {
      heading: this.deepDives().getByRole('heading', { level: 2 }),
      list: this.orderList(),
      row,
      index,
      handle: row.getByRole('button'),
      steps,
    });
  }

  async removeDeepDive(code: string) {
    await this.card(code).getByRole('button', { name: fill(this.t.removeDeepDive, { code }) }).click();
  }

  /** The "Remove it from the agenda" button of deleted families (deep dives first, then the quick round). */
  removeDeletedButtons(): Locator {
    return this.page.getByRole('button', { name: this.t.removeDeleted });
  }

  // --- Open actions ----------------------------------------------------------------------------

  openActions(): Locator {
    return this.region(this.t.openActions).locator('tbody tr');
  }

  /** A one-family meeting's open tasks: its own family's only. */
  familyOpenActions(): Locator {
    return this.region(this.t.reviewFamilyOpenActions);
  }

  async markActionDone(text: string) {
    await this.page.getByRole('button', { name: fill(this.t.markDoneLabel, { text }) }).click();
  }

  // --- The whole plan --------------------------------------------------------------------------

  /** Starts the meeting and waits for the facilitator's address. */
  async start() {
    await this.page.getByRole('button', { name: this.t.start }).click();
    await expect(this.page).toHaveURL(/#\/meetings\/[^/]+\/run$/);
  }

  /** Duplicates the meeting for next week; ends in the copy's planner. Returns the copy's id. */
  async duplicate(): Promise<string> {
    const original = this.meetingId();
    await this.page.getByRole('button', { name: this.t.duplicate }).click();
    await expect(this.page).not.toHaveURL(new RegExp(original));
    await this.expectOpen();
    return this.meetingId();
  }

  /** Cancels the meeting through the confirmation dialog; ends on the meetings list. */
  async cancel() {
    await this.page.getByRole('button', { name: this.t.cancelMeeting }).click();
    const dialog = this.page.getByRole('alertdialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: this.t.cancelConfirm }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t.title })).toBeVisible();
  }

  async restore() {
    await this.page.getByRole('button', { name: this.t.restore, exact: true }).click();
  }

  private async pressButton(button: Locator) {
    await button.focus();
    await this.page.keyboard.press('Enter');
  }
}

/** Selects the option whose text starts with `prefix` (options read "CODE · label"). */
async function selectOptionStartingWith(select: Locator, prefix: string) {
  const value = await select.locator('option').filter({ hasText: new RegExp(`^${escape(prefix)}`) }).first().getAttribute('value');
  if (value === null) throw new Error(`No option starting with ${prefix}`);
  await select.selectOption(value);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
