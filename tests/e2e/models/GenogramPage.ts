// Page object for a family's genogram (sukupuu): the toolbar, the forms (filled with the keyboard),
// the drawing with its people as buttons (selected, nudged, edited and removed by keys), the legend,
// the list view, Undo and the print view. Finds controls by the names users see, in fi or en.
import { expect, type Locator } from '@playwright/test';
import type { EmotionalKind, GenogramGender, ParentLinkKind, RelationshipKind } from '../../../shared/genogram/genogram';
import { KeyboardUser } from '../support/keyboardUser';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

export type PersonInput = {
  name: string;
  gender: GenogramGender;
  birthYear?: string;
  deceased?: boolean;
  deathYear?: string;
  pregnancy?: boolean;
  index?: boolean;
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class GenogramPage {
  readonly keyboard: KeyboardUser;

  constructor(private readonly app: KehaApp) {
    this.keyboard = new KeyboardUser(app.page);
  }

  private get t() {
    return this.app.t.genogram;
  }

  private get page() {
    return this.app.page;
  }

  async expectOpen(code: string) {
    const heading = this.page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText(this.t.screen.title);
    await expect(heading).toContainText(code);
  }

  /** From the family page, through its "Genogram" link, by keyboard. */
  async openFromFamilyPage(code: string) {
    await this.keyboard.press(this.page.getByRole('link', { name: this.t.link.title, exact: true }));
    await this.expectOpen(code);
  }

  /** A toolbar button by its key in genogram.screen, or by its whole name. */
  toolbarButton(name: 'addPerson' | 'addRelationship' | 'addParents' | 'addEmotionalLine' | 'addHousehold' | 'print' | { name: string }): Locator {
    const text = typeof name === 'string' ? this.t.screen[name] : name.name;
    return this.page.getByRole('group', { name: this.t.screen.actions }).getByRole('button', { name: text });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  drawing(): Locator {
    return this.page.getByTestId('genogram-drawing').first();
  }

  /** A person in the drawing, by the start of their accessible name ("Äiti, Nainen, …"). */
  person(name: string): Locator {
    return this.drawing().getByRole('button', { name: new RegExp(`^${escape(name)},`) });
  }

  list(): Locator {
    return this.page.getByRole('region', { name: this.t.list.heading });
  }

  listGroup(heading: keyof typeof this.t.list): Locator {
    return this.list().getByRole('region', { name: this.t.list[heading] as string });
  }

  async save() {
    await this.keyboard.press(this.dialog().getByRole('button', { name: this.t.form.save }));
  }

  /** Adds a person with the keyboard only: the toolbar button, the form's fields, Save. */
  async addPerson(person: PersonInput) {
    await this.keyboard.press(this.toolbarButton('addPerson'));
    await expect(this.dialog().getByRole('heading', { name: this.t.form.personAdd })).toBeVisible();
    await this.fillPerson(person);
    await this.save();
    await expect(this.dialog()).toHaveCount(0);
    await this.app.expectNotification(fill(this.t.screen.added, { name: person.name }));
  }

  async fillPerson(person: PersonInput) {
    const dialog = this.dialog();
    await this.keyboard.type(dialog.getByLabel(this.t.form.name), person.name);
    await this.keyboard.toggle(dialog.getByRole('radio', { name: this.t.gender[person.gender], exact: true }));
    if (person.pregnancy) await this.keyboard.toggle(dialog.getByRole('checkbox', { name: this.t.form.pregnancy }));
    if (person.birthYear !== undefined) await this.keyboard.type(dialog.getByLabel(this.t.form.birthYear), person.birthYear);
    if (person.deceased) {
      await this.keyboard.toggle(dialog.getByRole('checkbox', { name: this.t.form.deceased, exact: true }));
      if (person.deathYear) await this.keyboard.type(dialog.getByLabel(this.t.form.deathYear), person.deathYear);
    }
    if (person.index) await this.keyboard.toggle(dialog.getByRole('checkbox', { name: this.t.form.index }));
  }

  /** Options in the people selects read "Name (years)" or "Name". */
  private async choosePerson(select: Locator, name: string) {
    await this.keyboard.choose(select, { startsWith: name });
  }

  async addRelationship(a: string, b: string, kind: RelationshipKind, years: { start?: string; end?: string } = {}) {
    await this.keyboard.press(this.toolbarButton('addRelationship'));
    const dialog = this.dialog();
    await this.choosePerson(dialog.getByLabel(this.t.form.partnerA, { exact: true }), a);
    await this.choosePerson(dialog.getByLabel(this.t.form.partnerB, { exact: true }), b);
    await this.keyboard.choose(dialog.getByLabel(this.t.form.relationshipKind), { label: this.t.relationship[kind] });
    if (years.start) await this.keyboard.type(dialog.getByLabel(this.t.form.startYear), years.start);
    if (years.end) await this.keyboard.type(dialog.getByLabel(this.t.form.endYear), years.end);
    await this.save();
    await expect(dialog).toHaveCount(0);
  }

  async addParents(child: string, parents: string[], kind: ParentLinkKind = 'birth') {
    await this.keyboard.press(this.toolbarButton('addParents'));
    const dialog = this.dialog();
    await this.choosePerson(dialog.getByLabel(this.t.form.child, { exact: true }), child);
    await this.choosePerson(dialog.getByLabel(this.t.form.parent1, { exact: true }), parents[0]!);
    if (parents[1]) await this.choosePerson(dialog.getByLabel(this.t.form.parent2, { exact: true }), parents[1]);
    await this.keyboard.choose(dialog.getByLabel(this.t.form.linkKind), { label: this.t.parentLink[kind] });
    await this.save();
  }

  async addEmotionalLine(from: string, to: string, kind: EmotionalKind) {
    await this.keyboard.press(this.toolbarButton('addEmotionalLine'));
    const dialog = this.dialog();
    await this.keyboard.choose(dialog.getByLabel(this.t.form.lineKind), { label: this.t.emotional[kind] });
    await this.choosePerson(dialog.getByLabel(this.t.form.from, { exact: true }), from);
    await this.choosePerson(dialog.getByLabel(this.t.form.to, { exact: true }), to);
    await this.save();
    await expect(dialog).toHaveCount(0);
  }

  async addHousehold(name: string, members: string[]) {
    await this.keyboard.press(this.toolbarButton('addHousehold'));
    const dialog = this.dialog();
    await this.keyboard.type(dialog.getByLabel(this.t.form.householdName), name);
    for (const member of members) await this.keyboard.toggle(dialog.getByRole('checkbox', { name: member, exact: true }));
    await this.save();
    await expect(dialog).toHaveCount(0);
  }

  /** The centre of a person's symbol in the drawing's own units (their translate-free position). */
  async symbolCentre(name: string): Promise<{ x: number; y: number }> {
    const box = await this.person(name).locator('.gg-shape').boundingBox();
    if (!box) throw new Error(`${name} is not drawn`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
}
