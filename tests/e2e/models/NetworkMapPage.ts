// Page object for a family's network maps: the list (new map, delete with undo), one map at the
// desk (the contact form filled with the keyboard, keyboard editing on the drawing, the contact
// table, the details), print, and the family's large view with its guarded exit. Finds controls by
// the names users see, in fi or en.
import { expect, type Locator } from '@playwright/test';
import type { NetworkDistance, NetworkSector, RelationQuality } from '../../../shared/networkMap/networkMap';
import { KeyboardUser } from '../support/keyboardUser';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

export type ContactInput = {
  name: string;
  role?: string;
  sector: NetworkSector;
  distance: NetworkDistance;
  quality: RelationQuality;
  service?: boolean;
  description?: string;
  ownWords?: boolean;
  teamNote?: string;
};

export class NetworkMapPage {
  readonly keyboard: KeyboardUser;

  constructor(private readonly app: KehaApp) {
    this.keyboard = new KeyboardUser(app.page);
  }

  private get t() {
    return this.app.t.networkMap;
  }

  private get page() {
    return this.app.page;
  }

  /** From the family page, through its "Network maps" link (with the keyboard). */
  async openFromFamilyPage(code: string) {
    await this.keyboard.press(this.page.getByRole('link', { name: this.t.familyPage.link, exact: true }));
    const heading = this.page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText(this.t.list.title);
    await expect(heading).toContainText(code);
  }

  mapCards(): Locator {
    return this.page.getByTestId('network-map-card');
  }

  newMapDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t.list.newMapTitle });
  }

  /** Makes a new map with the keyboard; `centre` is a child's pseudonym, or omitted for the family. Opens it. */
  async createMap(input: { centreChild?: string; title?: string; date?: string; withFamily?: boolean }) {
    await this.keyboard.press(this.page.getByRole('button', { name: `+ ${this.t.list.newMap}` }));
    const dialog = this.newMapDialog();
    await expect(dialog).toBeVisible();
    if (input.centreChild) await this.keyboard.toggle(dialog.getByRole('radio', { name: fill(this.t.centre.child, { name: input.centreChild }) }));
    if (input.date) await dialog.getByLabel(this.t.list.date).fill(input.date);
    if (input.title) await this.keyboard.type(dialog.getByLabel(this.t.list.mapTitle), input.title);
    if (input.withFamily) await this.keyboard.toggle(dialog.getByRole('checkbox', { name: this.t.list.drawnWithFamily }));
    await this.keyboard.press(dialog.getByRole('button', { name: this.t.list.create }));
    await expect(dialog).toHaveCount(0);
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(this.t.screen.title);
  }

  contactDialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Adds a contact through the form with the keyboard only. */
  async addContact(contact: ContactInput) {
    await this.keyboard.press(this.page.getByRole('button', { name: `+ ${this.t.screen.addContact}` }));
    const dialog = this.page.getByRole('dialog', { name: this.t.form.addTitle });
    await expect(dialog).toBeVisible();
    await this.fillContact(dialog, contact);
    await this.keyboard.press(dialog.getByRole('button', { name: this.t.form.add, exact: true }));
    await expect(dialog).toHaveCount(0);
    await expect(this.drawnContact(contact.name)).toBeVisible();
  }

  async fillContact(dialog: Locator, contact: ContactInput) {
    const t = this.t;
    await this.keyboard.type(dialog.getByLabel(t.form.name, { exact: true }), contact.name);
    if (contact.role !== undefined) await this.keyboard.type(dialog.getByLabel(t.form.role), contact.role);
    await this.keyboard.toggle(dialog.getByRole('group', { name: t.form.sector }).getByRole('radio', { name: t.sector[contact.sector], exact: true }));
    await this.keyboard.toggle(dialog.getByRole('group', { name: t.form.distance }).getByRole('radio', { name: t.distance[`d${contact.distance}`], exact: true }));
    await this.keyboard.toggle(
      dialog.getByRole('group', { name: t.form.quality }).getByRole('radio', { name: `${t.quality[contact.quality]} (${t.qualityLine[contact.quality]})`, exact: true }),
    );
    if (contact.service) await this.keyboard.toggle(dialog.getByRole('group', { name: t.form.kind }).getByRole('radio', { name: t.kind.service, exact: true }));
    if (contact.description !== undefined) await this.keyboard.type(dialog.getByLabel(t.form.description), contact.description);
    if (contact.ownWords) await this.keyboard.toggle(dialog.getByRole('checkbox', { name: t.form.ownWords }));
    if (contact.teamNote !== undefined) await this.keyboard.type(dialog.getByLabel(t.form.teamNote), contact.teamNote);
  }

  drawing(): Locator {
    return this.page.locator('.network-map').getByTestId('network-map-drawing');
  }

  /** A contact in the drawing (a button named by its name and place). */
  drawnContact(name: string): Locator {
    return this.drawing().getByRole('button', { name: new RegExp(`^${escape(name)}[ :(]`) });
  }

  /** The contact's place in the drawing as its data attributes say. */
  async placeOf(name: string): Promise<{ sector: string | null; distance: string | null; quality: string | null }> {
    const contact = this.drawnContact(name);
    return { sector: await contact.getAttribute('data-sector'), distance: await contact.getAttribute('data-distance'), quality: await contact.getAttribute('data-quality') };
  }

  table(): Locator {
    return this.page.getByTestId('network-map-table');
  }

  row(name: string): Locator {
    return this.table().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${escape(name)}`) }) });
  }

  /** Focuses a contact in the drawing with the keyboard (Tab from the drawing's start). */
  async focusContact(name: string) {
    await this.keyboard.focus(this.drawnContact(name));
  }

  async pressOnContact(name: string, key: string) {
    await this.focusContact(name);
    await this.page.keyboard.press(key);
  }

  async startFamilyView() {
    await this.keyboard.press(this.page.getByRole('button', { name: this.t.screen.familyView }));
    await this.expectFamilyView();
  }

  async expectFamilyView() {
    await expect(this.page.getByRole('heading', { level: 1, name: this.t.family.title })).toBeVisible();
    await expect(this.page.locator('.app-header')).toHaveCount(0);
    await expect(this.page.getByRole('navigation')).toHaveCount(0);
  }

  familyDrawing(): Locator {
    return this.page.locator('.nm-family').getByTestId('network-map-drawing');
  }

  /** Adds a person in the family's view with big buttons (pointer or touch, as in the room). */
  async familyAdd(name: string, sector: NetworkSector, distance: NetworkDistance, quality: RelationQuality) {
    const t = this.t;
    await this.page.getByRole('button', { name: `+ ${t.family.add}` }).click();
    await this.page.getByLabel(t.family.name).fill(name);
    await this.page.getByRole('group', { name: t.family.sector }).getByRole('button', { name: t.sector[sector], exact: true }).click();
    await this.page.getByRole('group', { name: t.family.distance }).getByRole('button', { name: t.distance[`d${distance}`], exact: true }).click();
    await this.page.getByRole('group', { name: t.family.quality }).getByRole('button', { name: t.quality[quality], exact: true }).click();
    await this.page.getByRole('button', { name: t.family.save }).click();
    await expect(this.page.getByRole('heading', { name: fill(t.family.selected, { name }) })).toBeVisible();
  }

  workerButton() {
    return this.page.getByRole('button', { name: this.app.t.threeHouses.childMode.forWorker });
  }

  exitPrompt() {
    return this.page.getByRole('dialog', { name: this.app.t.shell.childExit.title });
  }

  /** Holds the worker's button with the keyboard for `ms` of the page's clock (Playwright's clock must be installed). */
  async holdWorkerButtonOnClock(ms: number) {
    await expect(this.exitPrompt()).toHaveCount(0);
    await this.keyboard.focus(this.workerButton());
    await this.page.keyboard.down('Space');
    await this.page.clock.runFor(ms);
    await this.page.keyboard.up('Space');
  }

  async leaveFamilyView(passphrase: string) {
    await this.holdWorkerButtonOnClock(2_200);
    await expect(this.exitPrompt()).toBeVisible();
    const prompt = this.exitPrompt();
    await prompt.getByLabel(this.app.t.shell.childExit.passphrase, { exact: true }).fill(passphrase);
    await prompt.getByRole('button', { name: this.app.t.shell.childExit.leave }).click();
    await expect(this.page.locator('.app-header')).toBeVisible();
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
