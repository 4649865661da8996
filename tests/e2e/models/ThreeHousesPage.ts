// Page object for a child's three houses: the sessions list (new session, open, delete), the session
// at the desk (houses with items and the own-words flag, drawings, consent) and child mode (the
// child's big houses, drawing with simulated pointer strokes, and the worker's way out: hold, then
// the team's passphrase). Finds controls by the names users see, in fi or en.
import { expect, type Locator } from '@playwright/test';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

type HouseId = 'worries' | 'goodThings' | 'dreams';
type Audience = 'parents' | 'team' | 'network' | 'court';
type ConsentState = 'given' | 'notGiven' | 'notAsked';

export class ThreeHousesPage {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.threeHouses;
  }

  private get page() {
    return this.app.page;
  }

  defaultName(house: HouseId) {
    return this.t.house[house];
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** From the family page, through the child's "Three houses: <child>" link. */
  async openFromFamilyPage(child: string) {
    await this.page.getByRole('link', { name: fill(this.app.t.family.threeHousesLink, { name: child }) }).click();
    await expect(this.heading()).toContainText(this.t.title);
    await expect(this.heading()).toContainText(child);
  }

  // --- Sessions list -----------------------------------------------------------------------

  sessionRows() {
    return this.page.locator('table.three-houses-sessions tbody tr');
  }

  /** Starts a session today with a worker typed by name (or the preselected team member); ends at the desk. */
  async newSession(worker: string | null) {
    const t = this.t.newSession;
    const form = this.page.locator('.three-houses-new');
    if (worker !== null) {
      await form.getByLabel(t.worker, { exact: true }).selectOption({ label: t.someoneElse });
      await form.getByLabel(t.workerName).fill(worker);
    }
    await form.getByRole('button', { name: t.create }).click();
    await expect(this.page.getByRole('button', { name: this.t.desk.startChildMode })).toBeVisible();
  }

  async openSession(date: string) {
    await this.page.getByRole('link', { name: fill(this.t.sessions.open, { date }) }).click();
    await expect(this.heading()).toContainText(fill(this.t.desk.heading, { date }));
  }

  // --- The session at the desk -------------------------------------------------------------

  deskHouse(house: HouseId) {
    return this.page.locator(`.house-desk[data-house="${house}"]`);
  }

  deskItems(house: HouseId) {
    return this.deskHouse(house).locator('.house-item');
  }

  drawingSurface(scope: Locator) {
    return scope.getByTestId('drawing-surface');
  }

  /** Adds an item at the desk: the house's text area, then its add button; waits until the item is listed. */
  async deskAdd(house: HouseId, houseName: string, text: string) {
    const scope = this.deskHouse(house);
    await scope.getByLabel(fill(this.t.desk.itemText, { house: houseName })).fill(text);
    await scope.getByRole('button', { name: this.t.desk.add }).click();
    await expect(this.deskItems(house).filter({ hasText: text })).toHaveCount(1);
  }

  /** Gives a house the child's name for it at the desk (saved as typed); waits until its heading shows the name. */
  async deskRename(house: HouseId, name: string) {
    const scope = this.deskHouse(house);
    await scope.getByLabel(this.t.session.houseName, { exact: true }).fill(name);
    await expect(scope.getByRole('heading', { level: 3 })).toHaveText(fill(this.t.renamedHouse, { name, defaultName: this.defaultName(house) }));
  }

  /** Rewrites an item's text at the desk (edit, the item's text area, save); waits until the new text is listed. */
  async deskEdit(house: HouseId, oldText: string, newText: string) {
    const scope = this.deskHouse(house);
    await scope.getByRole('button', { name: fill(this.t.desk.editLabel, { text: oldText }) }).click();
    const editing = scope.locator('.house-item.editing');
    await editing.getByLabel(this.t.desk.itemText2).fill(newText);
    await editing.getByRole('button', { name: this.t.desk.save }).click();
    await expect(this.deskItems(house).filter({ hasText: newText })).toHaveCount(1);
  }

  consent(audience: Audience) {
    return this.page.locator(`.consent-audience[data-audience="${audience}"]`);
  }

  /** Records the child's answer for an audience. The radio turns checked once the answer is saved, so click and wait (check() would give up at once). */
  async setConsent(audience: Audience, state: ConsentState) {
    const radio = this.consent(audience).getByLabel(this.t.consentState[state]);
    await radio.click();
    await expect(radio).toBeChecked();
  }

  async startChildMode() {
    await this.page.getByRole('button', { name: this.t.desk.startChildMode }).click();
    await this.expectChildMode();
  }

  // --- Child mode --------------------------------------------------------------------------

  async expectChildMode() {
    await expect(this.page.getByRole('heading', { level: 1, name: this.t.childMode.heading })).toBeVisible();
    // Nothing of the app around it: no header, no navigation, no lock button.
    await expect(this.page.locator('.app-header')).toHaveCount(0);
    await expect(this.page.getByRole('navigation')).toHaveCount(0);
  }

  childHouse(house: HouseId) {
    return this.page.locator(`.child-house[data-house="${house}"]`);
  }

  async openChildHouse(name: string) {
    await this.page.getByRole('button', { name: fill(this.t.childMode.openHouse, { house: name }) }).click();
    await expect(this.page.getByRole('button', { name: this.t.childMode.allHouses })).toBeVisible();
  }

  async backToAllHouses() {
    await this.page.getByRole('button', { name: this.t.childMode.allHouses }).click();
  }

  async childAdd(houseName: string, text: string) {
    await this.page.getByLabel(fill(this.t.childMode.write, { house: houseName })).fill(text);
    await this.page.getByRole('button', { name: `+ ${this.t.childMode.add}` }).click();
    await expect(this.page.locator('.child-house-items')).toContainText(text);
  }

  async childRename(name: string) {
    await this.page.getByRole('button', { name: this.t.childMode.rename }).click();
    await this.page.getByLabel(this.t.childMode.renameLabel).fill(name);
    await this.page.getByRole('button', { name: this.t.childMode.renameSave }).click();
    await expect(this.page.locator('.child-house-name')).toHaveText(name);
  }

  /** A freehand stroke with the mouse: down, several moves along a wavy line, up. */
  async drawStroke(surface: Locator, from: { x: number; y: number }, to: { x: number; y: number }) {
    const box = (await surface.boundingBox())!;
    const at = (fx: number, fy: number) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });
    const start = at(from.x, from.y);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    for (let step = 1; step <= 12; step++) {
      const f = step / 12;
      const point = at(from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f + Math.sin(f * Math.PI * 2) * 0.05);
      await this.page.mouse.move(point.x, point.y);
    }
    await this.page.mouse.up();
  }

  workerButton() {
    return this.page.getByRole('button', { name: this.t.childMode.forWorker });
  }

  /**
   * Holds the worker's button with the mouse until the passphrase prompt opens (its ring fills in two
   * seconds), then lets go: however slow the machine, the press lasts until the worker sees the prompt.
   */
  async holdWorkerButtonUntilPrompt() {
    await expect(this.exitPrompt()).toHaveCount(0);
    await this.workerButton().scrollIntoViewIfNeeded();
    const box = (await this.workerButton().boundingBox())!;
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.down();
    await expect(this.exitPrompt()).toBeVisible();
    await this.page.mouse.up();
  }

  /** Presses the worker's button for `ms` of the page's clock (Playwright's clock must be installed). */
  async holdWorkerButtonOnClock(ms: number) {
    // A prompt still closing would take the press.
    await expect(this.exitPrompt()).toHaveCount(0);
    await this.workerButton().scrollIntoViewIfNeeded();
    const box = (await this.workerButton().boundingBox())!;
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.clock.runFor(ms);
    await this.page.mouse.up();
  }

  /** The prompt the worker's long press opens: only the team's passphrase leaves child mode. */
  exitPrompt() {
    return this.page.getByRole('dialog', { name: this.app.t.shell.childExit.title });
  }

  /** Types a passphrase into the open exit prompt and presses its Leave button. */
  async tryExitPassphrase(passphrase: string) {
    const prompt = this.exitPrompt();
    await prompt.getByLabel(this.app.t.shell.childExit.passphrase, { exact: true }).fill(passphrase);
    await prompt.getByRole('button', { name: this.app.t.shell.childExit.leave }).click();
  }

  /** The worker's way out in real time: hold the button until the prompt opens, then the team's passphrase. */
  async leaveWithPassphrase(passphrase: string) {
    await this.holdWorkerButtonUntilPrompt();
    await this.tryExitPassphrase(passphrase);
    await expect(this.page.locator('.app-header')).toBeVisible();
  }
}
