// Page object for the meetings list: planning a new meeting (type and time), the running, planned,
// past and cancelled lists, opening a meeting and restoring a cancelled one.
import { expect, type Locator } from '@playwright/test';
import type { BuiltInKind } from '../../../shared/meeting/template';
import { builtInTemplates } from '../../../shared/meeting/builtInTemplates';
import type { KehaApp } from './KehaApp';
import { PlannerPage } from './PlannerPage';
import { fill } from './texts';

export type MeetingGroup = 'running' | 'planned' | 'past' | 'cancelled';

export class MeetingsPage {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.meetings;
  }

  heading(): Locator {
    return this.app.page.getByRole('heading', { level: 1, name: this.t.title });
  }

  async expectOpen() {
    await expect(this.heading()).toBeVisible();
  }

  /** Opens the list through the main navigation. */
  async goto() {
    await this.app.page
      .getByRole('navigation', { name: this.app.t.app.mainNavigation })
      .getByRole('link', { name: this.app.t.nav.meetings })
      .click();
    await this.expectOpen();
  }

  dialog(): Locator {
    return this.app.page.getByRole('dialog', { name: this.t.newTitle });
  }

  /** The template's name in the UI language. */
  templateName(kind: BuiltInKind): string {
    const template = builtInTemplates.find((candidate) => candidate.kind === kind);
    if (!template) throw new Error(`No built-in template ${kind}`);
    return template.name[this.app.language];
  }

  async openPlanDialog() {
    await this.app.page.getByRole('button', { name: this.t.planMeeting }).click();
    await expect(this.dialog()).toBeVisible();
  }

  /**
   * Plans a meeting through the dialog and ends in its planner. `at` is a datetime-local value
   * ("2031-06-03T09:00"); without it the suggested time (tomorrow 09:00) is kept.
   */
  async planMeeting(input: { template?: BuiltInKind | { name: string }; at?: string } = {}): Promise<PlannerPage> {
    await this.openPlanDialog();
    const dialog = this.dialog();
    // A built-in template by its kind, or any template (a team's own) by its name.
    // A team's template is marked as the team's own in the choice.
    const name = typeof input.template === 'object' ? input.template.name : this.templateName(input.template ?? 'weeklyMeeting');
    const choice = typeof input.template === 'object' ? fill(this.t.teamTemplate, { name }) : name;
    await dialog.getByRole('radio', { name: choice, exact: true }).check();
    if (input.at !== undefined) await dialog.getByLabel(this.t.dateTime).fill(input.at);
    await dialog.getByRole('button', { name: this.t.create }).click();
    const planner = new PlannerPage(this.app);
    await planner.expectOpen(name);
    return planner;
  }

  group(group: MeetingGroup): Locator {
    return this.app.page.getByRole('region', { name: this.t[group], exact: true });
  }

  /** The meetings listed in a group, each a list item (date link, type, deep-dive codes). */
  items(group: MeetingGroup): Locator {
    return this.group(group).getByRole('listitem');
  }

  /** The list item whose text contains `text` (a date, a family code, a type). */
  item(group: MeetingGroup, text: string | RegExp): Locator {
    return this.items(group).filter({ hasText: text });
  }

  /** Opens a meeting by clicking its date link; `nth` picks among several matches. */
  async open(group: MeetingGroup, text: string | RegExp, nth = 0) {
    await this.item(group, text).nth(nth).getByRole('link').first().click();
  }

  async restore(text: string | RegExp) {
    await this.item('cancelled', text).getByRole('button', { name: new RegExp(this.t.restore) }).click();
  }

  async continueRunning(text: string | RegExp) {
    await this.item('running', text).getByRole('link', { name: new RegExp(`^${this.t.continueMeeting.split(' {{')[0]}`) }).click();
  }
}
