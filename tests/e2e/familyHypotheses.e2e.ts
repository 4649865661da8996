// A family's hypotheses outside a meeting, end to end: hypotheses made on the family's page (with
// validation and a starter), reworded (a new revision), their status changed with and without a
// reason on different days, the history with two revisions compared word by word, the evolution
// view (picture and table agree on the statuses), the export as Markdown and the print view, and
// deletion with undo. axe in English and Finnish; screenshots in both for a look.
import { expect, test, type Page } from '@playwright/test';
import type { Language } from '../../shared/i18n/messages';
import { FacilitatorPage } from './models/FacilitatorPage';
import { FamilyHypothesesPage } from './models/FamilyHypothesesPage';
import { KehaApp } from './models/KehaApp';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

const first = 'One possible idea is that the move cut the mother off';
const reworded = 'One possible idea is that the relocation cut the mother off from her own mother';
const second = 'Maybe when the father works late then the evenings fall apart';

async function startWithFamily(page: Page, language: Language) {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  if (language !== 'fi') await app.setLanguage(language);
  await app.start();
  const code = await app.families.create({ label: 'Testiperhe' });
  const hypotheses = new FamilyHypothesesPage(app);
  await hypotheses.openFromFamilyPage(code);
  return { app, code, hypotheses };
}

test('hypotheses outside a meeting: made, reworded, re-statused, compared, seen evolving, exported, deleted and restored (English)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: new Date('2031-03-02T10:00:00') });
  await page.setViewportSize({ width: 1280, height: 900 });
  const { app, code, hypotheses } = await startWithFamily(page, 'en');
  const t = app.t.hypotheses;

  // Empty state, and the note that changes here are dated today.
  await expect(page.getByText(t.screen.empty)).toBeVisible();
  await expect(hypotheses.newSection()).toContainText(t.screen.outsideMeetingNote);
  await expectAccessible(page, 'family hypotheses, empty');

  // An empty wording is refused with a message at the field, which gets the focus; nothing is lost.
  const form = hypotheses.newSection();
  await hypotheses.fillCard(form, { concerns: 'Mother and grandmother' });
  await form.getByRole('button', { name: t.screen.create }).click();
  await expect(form.getByText(app.t.validation.required)).toBeVisible();
  await expect(hypotheses.field(form, 'wording')).toBeFocused();
  await expect(hypotheses.field(form, 'concerns')).toHaveValue('Mother and grandmother');
  // A starter puts tentative words in the wording.
  await form.getByRole('button', { name: fill(t.starters.use, { starter: t.starters.three }) }).click();
  await expect(hypotheses.field(form, 'wording')).toHaveValue('Could it be that ');
  await expect(hypotheses.field(form, 'wording')).toBeFocused();

  await hypotheses.create({
    wording: first,
    evidenceFor: 'Fewer visits since the move',
    testQuestions: ['Who do you call when things get hard?', 'What changed after the move?'],
    lenses: ['geography', 'class'],
  });
  const card = hypotheses.card(first);
  await expect(card).toContainText(fill(t.screen.status, { status: t.status.open }));
  await expect(card).toContainText('Mother and grandmother');
  await expect(card).toContainText('Fewer visits since the move');
  await expect(card.getByRole('listitem').filter({ hasText: 'Who do you call when things get hard?' })).toBeVisible();
  await expect(card).toContainText('geography');
  await expect(card).toContainText(fill(t.screen.madeIn, { where: fill(t.change.outsideMeeting, { date: '' }) }).trim());

  // A week later: reworded outside a meeting, a new revision.
  await app.later('2031-03-09T11:00:00');
  await hypotheses.edit(first, { wording: reworded });
  await app.expectNotification(t.screen.saved);
  await expect(hypotheses.card(reworded)).toBeVisible();
  await expect(hypotheses.card(first)).toHaveCount(0);

  // Another week: strengthened, with a reason.
  await app.later('2031-03-16T12:00:00');
  await hypotheses.changeStatus(reworded, 'strengthened', 'She said so herself');
  // A third: weakened without a reason; the form first asks for a status other than the current one.
  await app.later('2031-03-23T13:00:00');
  const statusForm = await hypotheses.openStatusForm(reworded);
  await expect(statusForm).toContainText(t.screen.reasonHelp);
  await statusForm.getByRole('button', { name: t.screen.saveStatus }).click();
  await expect(statusForm.getByText(fill(t.screen.statusSame, { status: t.status.strengthened }))).toBeVisible();
  await statusForm.getByRole('button', { name: t.editor.cancel }).click();
  await hypotheses.changeStatus(reworded, 'weakened', '');
  await expect(hypotheses.card(reworded)).toContainText(fill(t.screen.lastRevisited, { date: '23/03/2031' }));
  await expectAccessible(page, 'family hypotheses, cards');

  // The history: four revisions, newest first, each with when, what changed and the reason.
  const dialog = await hypotheses.openHistory(reworded);
  await expect(hypotheses.revisions(dialog)).toHaveCount(4);
  const [newest, , , oldest] = await hypotheses.revisions(dialog).all();
  await expect(newest!).toContainText(fill(t.history.revision, { seq: 4 }));
  await expect(newest!).toContainText(fill(t.change.status, { from: t.status.strengthened, to: t.status.weakened }));
  await expect(newest!).toContainText(t.change.noReason);
  await expect(newest!).toContainText('outside a meeting, Sunday 23 March 2031 at 13:00');
  await expect(hypotheses.revisions(dialog).nth(1)).toContainText('She said so herself');
  await expect(hypotheses.revisions(dialog).nth(2)).toContainText(fill(t.change.fields, { fields: t.field.wording.toLowerCase() }));
  await expect(oldest!).toContainText(t.change.created);
  // Compare revision 1 with revision 2: removed and added words, marked by more than colour.
  await hypotheses.compare(dialog, 1, 2);
  const diff = dialog.getByTestId('revision-diff');
  await expect(diff.locator('del')).toHaveText([`[${t.history.removed} move]`]);
  await expect(diff.locator('ins')).toHaveText([`[${t.history.added} relocation]`, `[${t.history.added} from her own mother]`]);
  await expect(diff.locator('del').first()).toHaveCSS('text-decoration-line', 'line-through');
  await expect(diff.locator('ins').first()).toHaveCSS('text-decoration-line', 'underline');
  // Revision 2 against 4: no text changed, only the status.
  await hypotheses.compare(dialog, 2, 4);
  await expect(diff).toContainText(fill(t.history.statusDiff, { from: t.status.open, to: t.status.weakened }));
  await expect(diff.locator('del, ins')).toHaveCount(0);
  await expectAccessible(page, 'hypothesis history');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // A second hypothesis, made later, for the evolution view.
  await app.later('2031-04-06T09:00:00');
  await hypotheses.create({ wording: second });
  await hypotheses.changeStatus(second, 'dropped', 'The father changed jobs');

  // The evolution view: one lane per hypothesis; picture and table agree on the statuses.
  await hypotheses.view('evolution').click();
  await expect(hypotheses.view('evolution')).toHaveAttribute('aria-current', 'page');
  const image = hypotheses.evolutionImage(code);
  await expect(image).toBeVisible();
  await expect(page.getByTestId('hypothesis-evolution')).toHaveAttribute('role', 'img');
  await expect(image.locator('.evolution-lane-label')).toHaveCount(2);
  for (const status of ['open', 'weakened', 'dropped', 'strengthened'] as const) {
    await expect(image.locator(`path[data-status="${status}"]`)).toHaveAttribute('d', /M/);
  }
  const rows = hypotheses.evolutionTable().locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(reworded);
  await expect(rows.nth(0).locator('td').nth(1)).toHaveText(t.status.weakened);
  await expect(rows.nth(0).locator('td').nth(2)).toHaveText('02/03/2031–09/03/2031: Open (2 revisions); 16/03/2031: Strengthened; 23/03/2031: Weakened');
  await expect(rows.nth(1).locator('td').nth(1)).toHaveText(t.status.dropped);
  await expectAccessible(page, 'hypothesis evolution');

  // Exported as Markdown: every hypothesis with its whole history, in English.
  const markdown = await hypotheses.exportMarkdown();
  expect(markdown.name).toBe(`hypotheses-${code}-2031-04-06.md`);
  expect(markdown.content).toMatch(new RegExp(`^# Hypotheses of family ${code}\\n`));
  expect(markdown.content).toContain(`## ${reworded}`);
  expect(markdown.content).toContain(`## ${second}`);
  expect(markdown.content).toContain('- Revision 3, outside a meeting, Sunday 16 March 2031 at 12:00');
  expect(markdown.content).toContain('*Reason:* She said so herself');
  expect(markdown.content).toContain('*Status:* Weakened');
  await app.expectNotification(t.screen.exported);

  // The print view: on paper only the history document.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await hypotheses.printButton().click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await expect(hypotheses.printView()).toContainText(`Hypotheses of family ${code}`);
  await page.emulateMedia({ media: 'print' });
  await expect(hypotheses.printButton()).toBeHidden();
  await expect(image).toBeHidden();
  await expect(page.getByRole('heading', { name: `Hypotheses of family ${code}` })).toBeVisible();
  await expect(hypotheses.printView()).toContainText('She said so herself');
  await page.emulateMedia({ media: 'screen' });
  await hypotheses.printView().getByRole('button', { name: t.history.close }).click();

  // Deleted with undo: the hypothesis comes back with its whole history.
  await hypotheses.view('cards').click();
  await hypotheses.delete(reworded);
  await app.expectNotification(t.screen.deleted);
  await expect(hypotheses.cards()).toHaveCount(1);
  await app.notification().getByRole('button', { name: t.screen.undo }).click();
  await expect(hypotheses.card(reworded)).toBeVisible();
  await expect(hypotheses.card(reworded).getByRole('button', { name: fill(t.screen.historyLabel, { wording: reworded }) })).toHaveText(`${t.screen.history} (4)`);
});

test('the hypotheses screen in Finnish: cards, the editor with an error, history and evolution, accessible', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install({ time: new Date('2031-05-04T10:00:00') });
  await page.setViewportSize({ width: 1280, height: 900 });
  const { app, code, hypotheses } = await startWithFamily(page, 'fi');
  const t = app.t.hypotheses;
  await expect(page.getByText(t.screen.empty)).toBeVisible();

  await hypotheses.create({ wording: 'Yksi mahdollinen ajatus on, että muutto katkaisi äidin tukiverkon', lenses: ['geography'], testQuestions: ['Kenelle soitatte, kun on vaikeaa?'] });
  const wording = 'Yksi mahdollinen ajatus on, että muutto katkaisi äidin tukiverkon';
  await app.later('2031-05-11T10:00:00');
  await hypotheses.changeStatus(wording, 'strengthened', 'Äiti kertoi itse');
  await expect(hypotheses.card(wording)).toContainText('asuinalue');

  // The editor's error, in Finnish, and the keyboard lands on the field.
  const form = hypotheses.newSection();
  await form.getByRole('button', { name: t.screen.create }).click();
  await expect(form.getByText(app.t.validation.required)).toBeVisible();
  await expect(hypotheses.field(form, 'wording')).toBeFocused();
  await expectAccessible(page, 'hypoteesit, kortit');

  const dialog = await hypotheses.openHistory(wording);
  await expect(hypotheses.revisions(dialog)).toHaveCount(2);
  await expect(hypotheses.revisions(dialog).first()).toContainText('Äiti kertoi itse');
  await expect(hypotheses.revisions(dialog).first()).toContainText('kokouksen ulkopuolella sunnuntaina 11. toukokuuta 2031 klo 10.00');
  await expect(dialog.getByTestId('revision-diff')).toContainText(fill(t.history.statusDiff, { from: t.status.open, to: t.status.strengthened }));
  await expectAccessible(page, 'hypoteesin historia');
  await page.keyboard.press('Escape');

  await hypotheses.view('evolution').click();
  await expect(hypotheses.evolutionImage(code)).toBeVisible();
  await expect(hypotheses.evolutionTable().locator('tbody tr td').nth(2)).toHaveText('4.5.2031: Avoin; 11.5.2031: Vahvistunut');
  await expectAccessible(page, 'hypoteesien kehitys');
});

test('a hypothesis made in a meeting: its card names the meeting, a later change outside it is dated, the evolution view marks the meeting (English)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
  await page.setViewportSize({ width: 1280, height: 900 });
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.setLanguage('en');
  await app.start();
  const run = new FacilitatorPage(app);
  await run.startDemoMeeting();
  await run.advance(2);
  const code = (await run.familyCard().locator('.run-family-code').textContent())!.trim();
  await run.advance(2);
  const wording = 'MEETING hypothesis: evenings are calm when the grandmother visits';
  await run.addHypothesis(wording, app.t.roles.familyTherapist);

  // Three days later, on the family's page, outside the meeting.
  await app.later('2031-06-05T10:00:00');
  await app.families.goto();
  await page.getByRole('link', { name: code, exact: true }).click();
  const hypotheses = new FamilyHypothesesPage(app);
  await hypotheses.openFromFamilyPage(code);
  const t = app.t.hypotheses;
  const card = hypotheses.card(wording);
  await expect(card).toContainText(fill(t.screen.madeIn, { where: fill(t.change.inMeeting, { date: '02/06/2031' }) }));
  await expect(card).toContainText(app.t.roles.familyTherapist);
  await hypotheses.changeStatus(wording, 'strengthened', 'The grandmother confirmed it');

  const dialog = await hypotheses.openHistory(wording);
  await expect(hypotheses.revisions(dialog).nth(0)).toContainText('outside a meeting, Thursday 5 June 2031 at 10:00');
  await expect(hypotheses.revisions(dialog).nth(1)).toContainText(fill(t.change.inMeeting, { date: '02/06/2031' }));
  await page.keyboard.press('Escape');

  await hypotheses.view('evolution').click();
  const image = hypotheses.evolutionImage(code);
  // The meeting's tick sits where the hypothesis was made in it (the left end of the time axis).
  const plotLeft = 240;
  await expect(image.locator('.evolution-meeting-ticks')).toHaveAttribute('d', new RegExp(`^M${plotLeft},[\\d.]+v6$`));
  const row = hypotheses.evolutionTable().locator('tbody tr').filter({ hasText: wording });
  await expect(row.locator('td').nth(2)).toContainText(`${t.status.open}; 05/06/2031: ${t.status.strengthened}`);
  await expectAccessible(page, 'hypothesis evolution with a meeting');
});
