// Page object for a family's timeline: the team and family views, the event form (filled with the
// keyboard), the filters, the visual timeline and the list of events, delete with undo, the print
// view. Finds controls by the names users see, in fi or en.
import { expect, type Locator } from '@playwright/test';
import type { Season } from '../../../shared/timeline/timelineDate';
import type { TimelineCategory, TimelineSource } from '../../../shared/timeline/timelineEvent';
import { KeyboardUser } from '../support/keyboardUser';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

export type DateInput =
  | { precision: 'day'; day: number; month: number; year: number }
  | { precision: 'month'; month: number; year: number }
  | { precision: 'season'; season: Season; year: number }
  | { precision: 'year' | 'about'; year: number };

export type EventInput = {
  date: DateInput;
  end?: DateInput;
  title: string;
  category: TimelineCategory;
  people?: string[];
  source?: TimelineSource;
  ownView?: string;
  sourceNote?: string;
  actionTaken?: string;
  shown?: boolean;
};

export class TimelinePage {
  readonly keyboard: KeyboardUser;

  constructor(private readonly app: KehaApp) {
    this.keyboard = new KeyboardUser(app.page);
  }

  private get t() {
    return this.app.t.timeline;
  }

  private get page() {
    return this.app.page;
  }

  async expectOpen(code: string) {
    const heading = this.page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText(this.t.screen.title);
    await expect(heading).toContainText(code);
  }

  /** From the family page, through its "Timeline" link. */
  async openFromFamilyPage(code: string) {
    await this.page.getByRole('link', { name: this.app.t.family.timelineLink, exact: true }).click();
    await this.expectOpen(code);
  }

  mode(mode: 'team' | 'family'): Locator {
    return this.page
      .getByRole('navigation', { name: this.t.screen.modes })
      .getByRole('link', { name: mode === 'team' ? this.t.screen.teamMode : this.t.screen.familyMode });
  }

  addButton(): Locator {
    return this.page.getByRole('button', { name: this.t.screen.addEvent });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  dateGroup(which: 'date' | 'end'): Locator {
    return this.dialog().getByRole('group', { name: which === 'date' ? this.t.field.date : this.t.form.endLegend, exact: true });
  }

  datePart(which: 'date' | 'end', part: 'precision' | 'day' | 'month' | 'year' | 'season'): Locator {
    const group = this.dateGroup(which);
    return part === 'precision' ? group.getByLabel(this.t.form.precision) : group.getByLabel(this.t.form[part], { exact: true });
  }

  field(name: 'title' | 'people' | 'ownView' | 'sourceNote' | 'actionTaken'): Locator {
    return this.dialog().getByLabel(this.t.field[name], { exact: true });
  }

  /** Opens the form with the keyboard (Enter on "Add event"). */
  async openAdd() {
    await this.keyboard.press(this.addButton());
    await expect(this.dialog()).toBeVisible();
    await expect(this.dialog().getByRole('heading', { name: this.t.form.addTitle })).toBeVisible();
  }

  /** Writes a field's text from the keyboard: focus, select all, delete, then the text inserted as typed input. */
  async write(field: Locator, text: string) {
    await field.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.insertText(text);
  }

  /** Space on a focused radio button or checkbox. */
  async tick(control: Locator) {
    await control.focus();
    await this.page.keyboard.press('Space');
  }

  /** Chooses an option of a focused native select by its text, as the arrow keys would. */
  async choose(select: Locator, label: string) {
    await select.focus();
    await select.selectOption({ label });
  }

  /** Types a date into the form: precision first, then the parts it shows. `null` end = no end. */
  async typeDate(which: 'date' | 'end', date: DateInput | null) {
    await this.choose(this.datePart(which, 'precision'), date === null ? this.t.form.noEnd : this.t.precision[date.precision]);
    if (date === null) return;
    if (date.precision === 'day') {
      await this.write(this.datePart(which, 'day'), String(date.day));
      await this.write(this.datePart(which, 'month'), String(date.month));
    }
    if (date.precision === 'month') await this.choose(this.datePart(which, 'month'), this.monthName(date.month));
    if (date.precision === 'season') await this.choose(this.datePart(which, 'season'), this.t.season[date.season]);
    await this.write(this.datePart(which, 'year'), String(date.year));
  }

  /** Fills the whole form with the keyboard (the dialog must be open). */
  async fillEvent(input: EventInput) {
    await this.typeDate('date', input.date);
    if (input.end) await this.typeDate('end', input.end);
    await this.write(this.field('title'), input.title);
    await this.tick(this.dialog().getByRole('radio', { name: this.t.category[input.category], exact: true }));
    if (input.people) await this.write(this.field('people'), input.people.join('\n'));
    if (input.source) await this.tick(this.dialog().getByRole('radio', { name: this.t.source[input.source], exact: true }));
    if (input.ownView) await this.write(this.field('ownView'), input.ownView);
    if (input.shown) await this.tick(this.dialog().getByRole('checkbox', { name: this.t.field.shownToFamily }));
    if (input.sourceNote) await this.write(this.field('sourceNote'), input.sourceNote);
    if (input.actionTaken) await this.write(this.field('actionTaken'), input.actionTaken);
  }

  /** Enter on Save. */
  async save() {
    await this.dialog().getByRole('button', { name: this.t.form.save, exact: true }).focus();
    await this.page.keyboard.press('Enter');
  }

  async add(input: EventInput) {
    await this.openAdd();
    await this.fillEvent(input);
    await this.save();
    await expect(this.dialog()).toBeHidden();
    await expect(this.item(input.title)).toBeVisible();
  }

  /**
   * Adds an event through the form with one round trip for the whole form: opens it, then sets
   * every field in the page as typing would (the value, then an input or change event) and presses
   * Save; waits until the form closes and the list shows the event. For tests whose subject is not
   * the form: on a busy machine each Playwright action costs a second or more, and a form takes a
   * dozen of them. `add` fills the form with the keyboard, as a user would.
   */
  async addQuickly(input: EventInput) {
    await this.addButton().click();
    const dialog = this.dialog();
    await expect(dialog.getByRole('heading', { name: this.t.form.addTitle })).toBeVisible();
    await dialog.evaluate(fillEventForm, input);
    await expect(dialog).toBeHidden();
    await expect(this.item(input.title)).toBeVisible();
  }

  /** The events in the list, in order. */
  items(): Locator {
    return this.page.getByTestId('timeline-list').locator(':scope > li');
  }

  item(title: string): Locator {
    return this.items().filter({ has: this.page.locator('.tl-item-name', { hasText: new RegExp(`^${escape(title)}$`) }) });
  }

  chart(): Locator {
    return this.page.locator('.timeline-screen').getByTestId('timeline-chart');
  }

  chartEvents(): Locator {
    return this.chart().locator('.tl-event[data-event-id]');
  }

  chartEvent(title: string): Locator {
    return this.chartEvents().filter({ has: this.page.locator('title', { hasText: title }) });
  }

  async listIds(): Promise<string[]> {
    return this.items().evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id') ?? ''));
  }

  async chartIds(): Promise<string[]> {
    return this.chartEvents().evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-event-id') ?? ''));
  }

  /** The chart and the list show the same events, `count` of them. */
  async expectChartAndListAgree(count: number) {
    await expect(this.items()).toHaveCount(count);
    await expect(this.chartEvents()).toHaveCount(count);
    expect([...(await this.chartIds())].sort()).toEqual([...(await this.listIds())].sort());
  }

  categoryFilter(category: TimelineCategory): Locator {
    return this.page.getByRole('group', { name: this.t.filters.categories }).getByRole('checkbox', { name: new RegExp(`^${escape(this.t.category[category])} \\(\\d+\\)$`) });
  }

  personFilter(name: string): Locator {
    return this.page.getByRole('group', { name: this.t.filters.people }).getByRole('checkbox', { name, exact: true });
  }

  clearFilters(): Locator {
    return this.page.getByRole('button', { name: this.t.filters.clear });
  }

  shownCount(): Locator {
    return this.page.getByTestId('timeline-shown-count');
  }

  listButton(kind: 'edit' | 'delete' | 'showOnTimeline', title: string): Locator {
    const key = kind === 'edit' ? 'editLabel' : kind === 'delete' ? 'deleteLabel' : 'showOnTimelineLabel';
    return this.page.getByRole('button', { name: fill(this.t.list[key], { title }), exact: true });
  }

  chartButton(name: 'earlier' | 'later' | 'zoomIn' | 'zoomOut' | 'fit'): Locator {
    return this.page.getByRole('toolbar', { name: this.t.chart.controls }).getByRole('button', { name: this.t.chart[name] });
  }

  async chartView(): Promise<{ start: number; msPerPx: number }> {
    const chart = this.chart();
    return { start: Number(await chart.getAttribute('data-view-start')), msPerPx: Number(await chart.getAttribute('data-ms-per-px')) };
  }

  printButton(mode: 'team' | 'family' = 'team'): Locator {
    return this.page.getByRole('button', { name: mode === 'team' ? this.t.screen.print : this.t.screen.printFamily });
  }

  printView(): Locator {
    return this.page.locator('.tl-print');
  }

  /** Replaces window.print so the test sees it was called (a headless print dialog would do nothing visible). */
  async catchPrint() {
    await this.page.evaluate(() => {
      document.body.removeAttribute('data-printed');
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
  }

  monthName(month: number): string {
    return (this.t.monthName as Record<string, string>)[`m${month}`]!;
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Runs in the page, on the event dialog: fills the form the way typing would (native value setter,
 * then the event React listens to), waiting a frame whenever a choice brings new fields, and
 * presses Save. Fields are found by their ids and the choices' values, which are the domain's keys.
 */
async function fillEventForm(dialog: Element, input: EventInput) {
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  async function find<T extends Element>(selector: string): Promise<T> {
    for (let tries = 0; tries < 600; tries++) {
      const found = dialog.querySelector<T>(selector);
      if (found) return found;
      await frame();
    }
    throw new Error(`The event form has no ${selector}`);
  }
  async function set(selector: string, value: string) {
    const field = await find<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector);
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await frame();
  }
  async function tick(selector: string) {
    const box = await find<HTMLInputElement>(selector);
    if (!box.checked) box.click();
    await frame();
  }
  const dates: ['date' | 'endDate', DateInput | undefined][] = [
    ['date', input.date],
    ['endDate', input.end],
  ];
  for (const [which, date] of dates) {
    if (!date) continue;
    await set(`[id$="-${which}-precision"]`, date.precision);
    if (date.precision === 'day') await set(`[id$="-${which}-day"]`, String(date.day));
    if (date.precision === 'day' || date.precision === 'month') await set(`[id$="-${which}-month"]`, String(date.month));
    if (date.precision === 'season') await set(`[id$="-${which}-season"]`, date.season);
    await set(`[id$="-${which}-year"]`, String(date.year));
  }
  await set('[id$="-title"]', input.title);
  await tick(`.tl-categories input[value="${input.category}"]`);
  if (input.people) await set('[id$="-people"]', input.people.join('\n'));
  if (input.source) await tick(`.tl-sources input[value="${input.source}"]`);
  if (input.ownView) await set('[id$="-ownView"]', input.ownView);
  if (input.shown) await tick('.tl-shown-check input');
  if (input.sourceNote) await set('[id$="-sourceNote"]', input.sourceNote);
  if (input.actionTaken) await set('[id$="-actionTaken"]', input.actionTaken);
  (await find<HTMLFormElement>('form')).requestSubmit();
}
