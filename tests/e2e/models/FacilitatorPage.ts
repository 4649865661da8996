// Page object for the facilitator view (running a meeting): starting the demonstration meeting from
// the planner, where we are, the timers, the controls and their keyboard shortcuts, notes,
// hypotheses (the review of earlier ones, new cards, test questions in the plan), the blind risk
// round, actions and questions for the family, and the help overlay.
// Controls are found by the names users see, in the app's current language.
import { expect, type Locator, type Page } from '@playwright/test';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

/** What the chair can put on the room's screen with a panel's toggle. */
export type RoomMethod = 'timeline' | 'threeHouses' | 'agenda' | 'agreed';

export type Shortcut = 'next' | 'previous' | 'pauseOrResume' | 'addNote' | 'addHypothesis' | 'addAction' | 'reviewHypotheses' | 'help';

const shortcutKeys: Record<Shortcut, string> = {
  next: 'Alt+ArrowRight',
  previous: 'Alt+ArrowLeft',
  pauseOrResume: 'Alt+KeyP',
  addNote: 'Alt+KeyN',
  addHypothesis: 'Alt+KeyH',
  addAction: 'Alt+KeyA',
  reviewHypotheses: 'Alt+KeyR',
  help: 'F1',
};

export class FacilitatorPage {
  constructor(
    private readonly app: KehaApp,
    private readonly page: Page = app.page,
  ) {}

  private get t() {
    return this.app.t.run;
  }

  // -------------------------------------------------------------------------------------------
  // Getting there

  /**
   * Loads the demonstration team (from the empty families screen), opens its planned meeting in the
   * planner, leaves out `without` (member names) and starts it. Returns the meeting id.
   */
  async startDemoMeeting(options: { without?: readonly string[] } = {}): Promise<string> {
    await this.openDemoPlan(options);
    return this.startFromPlan();
  }

  /** Loads the demonstration team and opens its planned meeting in the planner, leaving out `without`. Returns its id. */
  async openDemoPlan(options: { without?: readonly string[] } = {}): Promise<string> {
    const m = this.app.t.meetings;
    await this.page.getByRole('button', { name: this.app.t.demo.load }).click();
    await expect(this.page.getByText(this.app.t.demo.banner)).toBeVisible();
    await this.page.goto('/#/meetings');
    await this.page.getByRole('region', { name: m.planned }).getByRole('link').first().click();
    await expect(this.page.getByRole('button', { name: m.start })).toBeVisible();
    for (const name of options.without ?? []) {
      // The planner saves the change and shows it from the database, so click and wait.
      const box = this.page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });
      await box.click();
      await expect(box).not.toBeChecked();
    }
    return this.meetingId();
  }

  /** In the planner shown: "Duplicate for next week". Returns the copy's id (the copy's planner is then shown). */
  async duplicateFromPlan(): Promise<string> {
    const original = this.meetingId();
    await this.page.getByRole('button', { name: this.app.t.meetings.duplicate }).click();
    await expect(this.page).not.toHaveURL(new RegExp(`#/meetings/${original}/`));
    await expect(this.page).toHaveURL(/#\/meetings\/[^/]+\/plan$/);
    return this.meetingId();
  }

  /** Loads the demonstration plan, plans next week's copy of it, and starts this week's meeting: the two meetings' ids. */
  async startDemoMeetingWithNextWeek(options: { without?: readonly string[] } = {}): Promise<{ first: string; next: string }> {
    const first = await this.openDemoPlan(options);
    const next = await this.duplicateFromPlan();
    await this.startFromPlan(first);
    return { first, next };
  }

  /** Opens a planned meeting's planner and starts it; waits for the facilitator view. Returns its id. */
  async startFromPlan(meetingId?: string): Promise<string> {
    if (meetingId) await this.page.goto(`/#/meetings/${encodeURIComponent(meetingId)}/plan`);
    await this.page.getByRole('button', { name: this.app.t.meetings.start }).click();
    await expect(this.page).toHaveURL(/#\/meetings\/[^/]+\/run$/);
    await expect(this.page.locator('.run-step-of')).toBeVisible();
    return this.meetingId();
  }

  meetingId(): string {
    const match = /#\/meetings\/([^/]+)/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`Not on a meeting page: ${this.page.url()}`);
    return decodeURIComponent(match[1]);
  }

  /** Opens this meeting's facilitator view directly (e.g. in a second page). */
  async goto(meetingId: string) {
    await this.page.goto(`/#/meetings/${encodeURIComponent(meetingId)}/run`);
  }

  /** The landing screen's offer to go back to a meeting that is still running (after unlocking). */
  resumeOffer() {
    return this.page.getByRole('region', { name: this.t.resumeOffer.heading });
  }

  resumeLink() {
    return this.resumeOffer().getByRole('link', { name: this.t.resumeOffer.go });
  }

  // -------------------------------------------------------------------------------------------
  // Where we are

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Waits until the view shows this phase as step `number` of `count`. */
  async expectPhase(name: string, number: number, count: number) {
    await expect(this.heading()).toHaveText(name);
    await expect(this.page.locator('.run-step-of')).toContainText(fill(this.t.stepOf, { number, count }));
  }

  familyCard() {
    return this.page.getByRole('region', { name: new RegExp(this.t.family.heading) });
  }

  /** The value of one fact on the family card (e.g. the family's responsible worker), by its label. */
  familyFact(label: string) {
    return this.familyCard().locator('.run-facts > div').filter({ has: this.page.locator('dt', { hasText: label }) }).locator('dd');
  }

  leadLine() {
    return this.page.locator('.run-lead');
  }

  prompts() {
    return this.page.getByRole('complementary').getByRole('region', { name: this.t.prompts });
  }

  agenda() {
    return this.page.getByRole('region', { name: this.t.overview.heading, exact: true });
  }

  currentAgendaStep() {
    return this.agenda().locator('[aria-current="step"]');
  }

  // -------------------------------------------------------------------------------------------
  // Time

  phaseTimer() {
    return this.page.getByTestId('phase-timer');
  }

  meetingTimer() {
    return this.page.getByTestId('meeting-timer');
  }

  projectedEnd() {
    return this.page.getByTestId('projected-end');
  }

  // -------------------------------------------------------------------------------------------
  // Controls

  controls() {
    return this.page.getByRole('group', { name: this.t.controls.label });
  }

  button(name: keyof typeof this.t.controls) {
    return this.controls().getByRole('button', { name: this.t.controls[name] as string });
  }

  /** Presses a shortcut with the focus where it is now. */
  async shortcut(name: Shortcut) {
    await this.page.keyboard.press(shortcutKeys[name]);
  }

  /** The current step's number, from "Step n of N". */
  async stepNumber(): Promise<number> {
    const text = (await this.page.locator('.run-step-of').textContent()) ?? '';
    const match = /(\d+)\D+\d+\s*$/.exec(text);
    if (!match?.[1]) throw new Error(`No step number in "${text}"`);
    return Number(match[1]);
  }

  /** Moves on `times` phases with Alt+→, waiting for each to show. */
  async advance(times: number) {
    for (let index = 0; index < times; index++) {
      const from = await this.stepNumber();
      await this.shortcut('next');
      await expect.poll(() => this.stepNumber()).toBe(from + 1);
    }
  }

  breakNotice() {
    return this.page.getByRole('region', { name: new RegExp(this.t.paused.title) });
  }

  changedElsewhere() {
    return this.page.getByRole('alert').filter({ hasText: this.t.changedElsewhere });
  }

  async finish() {
    await this.button('finish').click();
    const dialog = this.page.getByRole('alertdialog', { name: this.t.controls.finishTitle });
    await dialog.getByRole('button', { name: this.t.controls.finishConfirm }).click();
    await expect(this.page).toHaveURL(/\/record$/);
  }

  helpDialog() {
    return this.page.getByRole('dialog', { name: this.t.shortcuts.title });
  }

  // -------------------------------------------------------------------------------------------
  // Notes

  notes() {
    return this.page.locator('#run-notes textarea');
  }

  async expectNotesSaved() {
    await expect(this.page.locator('#run-notes [data-testid="save-status"]')).toHaveText(this.app.t.autosave.saved);
  }

  // -------------------------------------------------------------------------------------------
  // Hypotheses

  hypothesesPanel() {
    return this.page.getByRole('region', { name: this.t.hypotheses.heading, exact: true });
  }

  /** The card editor for a new hypothesis. */
  newHypothesis() {
    return this.hypothesesPanel().getByRole('region', { name: this.t.hypotheses.add, exact: true });
  }

  /** The new hypothesis's wording field (Alt+H goes there). */
  newWording() {
    return this.newHypothesis().getByLabel(this.app.t.hypotheses.field.wording, { exact: true });
  }

  /**
   * Adds a hypothesis: Alt+H, type the wording, tick the proposer (a participant holding
   * `proposerRole`, if given), the test questions (one per line) and lens tags, submit.
   */
  async addHypothesis(wording: string, proposerRole: string | null, card: { testQuestions?: readonly string[]; lensTags?: readonly string[] } = {}) {
    await expect(this.hypothesesPanel()).toBeVisible();
    await this.shortcut('addHypothesis');
    await expect(this.newWording()).toBeFocused();
    await this.page.keyboard.type(wording);
    const editor = this.newHypothesis();
    // "Name – role", or the role alone (the whole team).
    const role = proposerRole && escapeRegExp(proposerRole);
    if (role) await editor.getByRole('checkbox', { name: new RegExp(`^(?:.* – ${role}|${role})$`) }).first().check();
    if (card.testQuestions) await editor.getByLabel(this.app.t.hypotheses.field.testQuestions, { exact: true }).fill(card.testQuestions.join('\n'));
    for (const tag of card.lensTags ?? []) await editor.getByRole('checkbox', { name: tag, exact: true }).check();
    await editor.getByRole('button', { name: this.t.hypotheses.add }).click();
    await expect(this.ourHypotheses().filter({ hasText: wording })).toHaveCount(1);
  }

  ourHypotheses() {
    return this.hypothesesPanel().locator('.run-our-hypotheses > li');
  }

  /** "What have we learnt since last time?": the family's earlier hypotheses to review. */
  reviewHypotheses() {
    return this.hypothesesPanel().getByRole('region', { name: this.t.hypotheses.review });
  }

  /** One earlier hypothesis in the review (the focusable item, named by its wording). */
  reviewItem(wording: string) {
    return this.reviewHypotheses().getByRole('group', { name: wording, exact: true });
  }

  /** The review item's field open now (a reason, or the new wording). */
  reviewField(wording: string) {
    return this.reviewItem(wording).getByRole('textbox');
  }

  /**
   * Reviews an earlier hypothesis with the mouse: its status button, then the reason (may be empty)
   * and Save. Waits until the item shows the new status.
   */
  async markReviewed(wording: string, status: 'strengthened' | 'weakened' | 'dropped', reason = '') {
    const statusName = this.app.t.hypotheses.status[status];
    await this.reviewItem(wording).getByRole('button', { name: fill(this.t.hypotheses.markAs, { status: statusName.toLowerCase(), wording }) }).click();
    await expect(this.reviewField(wording)).toBeFocused();
    if (reason) await this.reviewField(wording).fill(reason);
    await this.reviewItem(wording).getByRole('button', { name: this.t.hypotheses.saveChange }).click();
    await expect(this.reviewItem(wording)).toContainText(fill(this.t.hypotheses.status, { status: statusName }));
  }

  /** Questions to test the hypotheses, in the plan phase. */
  /** With the review item focused: F2 opens its wording, which is replaced by `reworded`; Enter saves and the item keeps the focus. */
  async rewordFocused(wording: string, reworded: string) {
    await this.page.keyboard.press('F2');
    await expect(this.reviewField(wording)).toHaveValue(wording);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(reworded);
    await this.page.keyboard.press('Enter');
    await expect(this.reviewItem(reworded)).toBeFocused();
  }

  testQuestionsPanel() {
    return this.page.getByRole('region', { name: this.t.testQuestions.heading, exact: true });
  }

  // -------------------------------------------------------------------------------------------
  // Risk round

  riskPanel() {
    return this.page.getByRole('region', { name: this.t.risk.heading, exact: true });
  }

  riskRow(name: string) {
    return this.riskPanel().locator('.run-risk-row').filter({ hasText: name });
  }

  riskProgress() {
    return this.page.getByTestId('risk-progress');
  }

  /** Calls `name` to score and enters their score (null: not scoring) privately in the dialog. */
  async score(name: string, score: number | null, reason: string, oneUp: string) {
    await this.riskPanel().getByRole('button', { name: fill(this.t.risk.nextScores, { name }) }).click();
    const dialog = this.page.getByRole('dialog', { name: fill(this.t.risk.dialogTitle, { name }) });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: score === null ? this.t.risk.notScoringOption : String(score), exact: true }).check();
    await dialog.getByLabel(this.t.risk.reason, { exact: true }).fill(reason);
    await dialog.getByLabel(this.t.risk.oneUp, { exact: true }).fill(oneUp);
    await dialog.getByRole('button', { name: this.t.risk.save }).click();
    await expect(dialog).toBeHidden();
  }

  async takeBackScore(name: string) {
    await this.riskPanel().getByRole('button', { name: fill(this.t.risk.redo, { name }) }).click();
  }

  async reveal(confirm: boolean) {
    await this.riskPanel().getByRole('button', { name: this.t.risk.reveal }).click();
    if (confirm) {
      const dialog = this.page.getByRole('alertdialog', { name: this.t.risk.revealTitle });
      await dialog.getByRole('button', { name: this.t.risk.revealConfirm }).click();
    }
    await expect(this.riskTable()).toBeVisible();
  }

  riskTable() {
    return this.riskPanel().getByRole('table', { name: this.t.risk.table });
  }

  riskSpread() {
    return this.page.getByTestId('risk-spread');
  }

  /** After the reveal: the scores as dots on the 0–10 line. */
  riskDotLine() {
    return this.riskPanel().getByTestId('risk-dot-line');
  }

  /** After the reveal: today's median and range beside last time's, or that there is no earlier round. */
  riskComparison() {
    return this.riskPanel().getByTestId('risk-compare');
  }

  riskComparisonTable() {
    return this.riskPanel().getByRole('table', { name: this.app.t.safety.compare.caption });
  }

  /** The chair's entry of a round scored on paper. */
  paperEntryButton() {
    return this.riskPanel().getByRole('button', { name: this.app.t.safety.paper.open });
  }

  paperScore(name: string) {
    return this.riskPanel().getByRole('textbox', { name: fill(this.app.t.safety.paper.scoreOf, { name }), exact: true });
  }

  paperReason(name: string) {
    return this.riskPanel().getByRole('textbox', { name: fill(this.app.t.safety.paper.reasonOf, { name }), exact: true });
  }

  // -------------------------------------------------------------------------------------------
  // Actions and questions for the family

  actionsPanel() {
    return this.page.getByRole('region', { name: this.t.actions.heading, exact: true });
  }

  questionsPanel() {
    return this.page.getByRole('region', { name: this.t.questions.heading, exact: true });
  }

  /** Adds an action with the keyboard (Alt+A, type, Tab to owner and due date); `due` is yyyy-MM-dd. */
  async fillAction(action: { what: string; owner: string | null; due: string }) {
    await expect(this.actionsPanel()).toBeVisible();
    await this.shortcut('addAction');
    const form = this.actionsPanel().getByRole('form', { name: this.t.actions.add });
    await expect(form.getByLabel(this.t.actions.what)).toBeFocused();
    await this.page.keyboard.type(action.what);
    if (action.owner) await form.getByLabel(this.t.actions.owner).selectOption({ label: action.owner });
    await form.getByLabel(this.t.actions.due).fill(action.due);
    await form.getByRole('button', { name: this.t.actions.add }).click();
  }

  actionForm() {
    return this.actionsPanel().getByRole('form', { name: this.t.actions.add });
  }

  ourActions() {
    return this.actionsPanel().locator(':scope > .run-list > li');
  }

  async addQuestion(text: string) {
    const form = this.questionsPanel().getByRole('form', { name: this.t.questions.add });
    await form.getByLabel(this.t.questions.text).fill(text);
    await form.getByRole('button', { name: this.t.questions.add }).click();
    await expect(this.questionsPanel().locator(':scope > .run-list > li').filter({ hasText: text })).toHaveCount(1);
  }

  quickRound() {
    return this.page.getByRole('region', { name: this.t.quickRound.heading, exact: true });
  }

  /** One family's line of the quick round, by its code. */
  quickRoundItem(code: string) {
    return this.quickRound().locator(`.quick-line[data-family="${code}"]`);
  }

  /** Every family's line of the quick round, as shown (filtered, split). */
  quickRoundLines() {
    return this.quickRound().locator('.quick-line');
  }

  /** The "what changed" field of a family's line. */
  quickRoundChanged(code: string) {
    return this.quickRound().getByRole('textbox', { name: fill(this.app.t.quickRound.panel.changedFor, { code }), exact: true });
  }

  // -------------------------------------------------------------------------------------------
  // Method templates in the presentation phase: the timeline and the three houses

  timelinePanel() {
    return this.page.getByRole('region', { name: this.t.methods.timelineHeading, exact: true });
  }

  threeHousesPanel() {
    return this.page.getByRole('region', { name: this.t.methods.threeHousesHeading, exact: true });
  }

  /** The opening's agenda, as it can be put on the room's screen. */
  agendaPanel() {
    return this.page.getByRole('region', { name: this.t.lists.agendaPanel, exact: true });
  }

  /** The close's list of everything agreed in this meeting, by family. */
  agreedPanel() {
    return this.page.getByRole('region', { name: this.t.lists.agreedHeading, exact: true });
  }

  /** A panel's "Show on the room's screen" toggle (pressed: on the screen). */
  roomToggle(method: RoomMethod) {
    const panels: Record<RoomMethod, [Locator, string]> = {
      timeline: [this.timelinePanel(), this.t.methods.timelineHeading],
      threeHouses: [this.threeHousesPanel(), this.t.methods.threeHousesHeading],
      agenda: [this.agendaPanel(), this.t.lists.agendaPanel],
      agreed: [this.agreedPanel(), this.t.lists.agreedHeading],
    };
    const [panel, subject] = panels[method];
    return panel.getByRole('button', { name: `${this.t.methods.showOnScreen}: ${subject}`, exact: true });
  }

  /** Presses a panel's toggle and waits until it says it is on (or off) the room's screen. */
  async showOnRoomScreen(method: RoomMethod, shown: boolean) {
    const toggle = this.roomToggle(method);
    if ((await toggle.getAttribute('aria-pressed')) !== String(shown)) await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', String(shown));
  }

  /** The family's timeline chart in the panel. */
  timelineChart() {
    return this.timelinePanel().getByTestId('timeline-chart');
  }

  timelineChartEvent(title: string) {
    return this.timelineChart().locator('.tl-event[data-event-id]').filter({ has: this.page.locator('title', { hasText: title }) });
  }

  /** The inline event form ("Add event") in the timeline panel. */
  timelineForm() {
    return this.timelinePanel().getByRole('region', { name: this.t.methods.addEvent, exact: true });
  }

  async openTimelineForm() {
    await this.timelinePanel().getByRole('button', { name: this.t.methods.addEvent, exact: true }).click();
    await expect(this.timelineForm()).toBeVisible();
  }

  /** Fills the open inline form with a dated event (day precision) and its internal "action taken" note. */
  async fillTimelineEvent(event: { day: number; month: number; year: number; title: string; category: string; actionTaken?: string }) {
    const tl = this.app.t.timeline;
    const form = this.timelineForm();
    const when = form.getByRole('group', { name: tl.field.date, exact: true });
    await when.getByLabel(tl.form.day, { exact: true }).fill(String(event.day));
    await when.getByLabel(tl.form.month, { exact: true }).fill(String(event.month));
    await when.getByLabel(tl.form.year, { exact: true }).fill(String(event.year));
    await form.getByLabel(tl.field.title, { exact: true }).fill(event.title);
    await form.getByRole('radio', { name: event.category, exact: true }).check();
    if (event.actionTaken) await form.getByLabel(tl.field.actionTaken, { exact: true }).fill(event.actionTaken);
  }

  /** Saves the inline form; waits until it closes and the chart shows the event. */
  async saveTimelineEvent(title: string) {
    await this.timelineForm().getByRole('button', { name: this.app.t.timeline.form.save, exact: true }).click();
    await expect(this.timelineForm()).toHaveCount(0);
    await expect(this.timelineChartEvent(title)).toHaveCount(1);
  }

  /** In the three-houses panel, the child's line ("<child>: latest session <date>" or "no sessions yet"). */
  threeHousesChild(child: string) {
    return this.threeHousesPanel().getByRole('listitem').filter({ hasText: new RegExp(`^${escapeRegExp(child)}:`) });
  }

  async openChildSessions(child: string) {
    await this.threeHousesPanel().getByRole('link', { name: fill(this.t.methods.openSessions, { child }), exact: true }).click();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
