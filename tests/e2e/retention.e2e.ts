// Keeping only what may be kept, end to end, in Finnish and in English: the demonstration meeting is
// run with a note about the first deep-dive family and finished; that family's summary is marked
// transferred to the client record (the family page then says every summary is transferred, the
// other family's page that one is not), the family is closed, the clock moves past the retention
// time, and the family is erased from the Data and security screen after a confirmation that names
// it, counts what goes and says how backups age out. Then no IndexedDB table holds its id or code
// (the activity log only its erasure, by code), the meetings list and the meeting's record no longer
// show its code, question or note, and the activity log shows the erasure and exports as CSV. axe
// scans the settings screen and the confirmation. Last, deleting the other family takes its summary
// out of the meeting's record, and Undo puts it back.
import { expect, test, type Page } from '@playwright/test';
import type { Language } from '../../shared/i18n/messages';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp } from './models/KehaApp';
import { RecordPage } from './models/RecordPage';
import { RetentionPage } from './models/RetentionPage';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';
import { storedTables } from './support/storedTables';

const erased = 'DEMO-101';
const kept = 'DEMO-102';
/** The demonstration meeting's question for the first deep-dive family. */
const question = 'Miten voisimme tukea vanhempia sopimaan arjen rutiineista';
const note = 'KANARIA erased family presentation note';


for (const language of ['fi', 'en'] as const satisfies readonly Language[]) {
  test(`a closed family whose summaries are transferred is erased everywhere after the retention time (${language})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
    const app = new KehaApp(page, 'fi');
    await page.goto('/');
    if (language !== 'fi') await app.setLanguage(language);
    await app.start();
    const t = app.t.retention;
    const retention = new RetentionPage(app);

    // The demonstration meeting, with a note in the first family's presentation, finished.
    const run = new FacilitatorPage(app);
    const meetingId = await run.startDemoMeeting();
    await run.shortcut('next');
    await run.shortcut('next');
    await expect(run.familyCard()).toContainText(erased);
    await run.shortcut('addNote');
    await page.keyboard.type(note);
    await run.expectNotesSaved();
    await run.finish();

    // Its summary marked transferred on the record screen.
    const record = new RecordPage(app);
    await record.openSummary(erased);
    await expect(record.shown()).toContainText(t.transfer.notYet);
    await retention.markShownTransferred(erased);
    await record.exportShown();

    // The family page says every summary is transferred; the other family still has one to transfer.
    await page.goto(`/#/families`);
    await page.getByRole('link', { name: new RegExp(kept) }).first().click();
    await expect(retention.transferCount()).toHaveText(fill(app.t.retention.transfer.familyCount_one, { count: 1 }));
    await page.goto(`/#/families`);
    await page.getByRole('link', { name: new RegExp(erased) }).first().click();
    await expect(retention.transferCount()).toHaveText(t.transfer.familyAllDone);
    const familyId = decodeURIComponent(page.url().split('#/families/')[1]!);
    // Canaries in the family's own fields: they must reach no table in the clear and never the log.
    await page.getByLabel(app.t.family.label, { exact: true }).fill('KANARIA label');
    await page.getByLabel(app.t.family.notes, { exact: true }).fill('KANARIA notes');
    await app.family.expectSaved();
    await app.family.setStatus('closed');
    // The select shows what is stored, so this waits for the status to be saved.
    await expect(page.getByLabel(app.t.family.status, { exact: true })).toHaveValue('closed');

    // Not offered before the retention time has passed.
    await app.nav('settings').click();
    await expect(retention.section()).toContainText(t.candidatesEmpty);

    // Seven months later (the default retention time is six): offered, with a confirmation naming it.
    await app.lock();
    await page.clock.setSystemTime(new Date('2032-01-03T09:00:00'));
    await app.unlock();
    await app.nav('settings').click();
    // (The demonstration team's closed family, with nothing to transfer, is offered too.)
    await expect(retention.candidates().filter({ hasText: erased })).toHaveCount(1);
    await expect(retention.candidates().filter({ hasText: kept })).toHaveCount(0);
    await expectAccessible(page, `data and security, erasure offered (${language})`);
    const dialog = await retention.askToErase(erased);
    await expect(dialog).toContainText(fill(t.eraseBody, { code: erased }));
    await expect(dialog).toContainText(fill(t.eraseCount.notes, { count: 1 }));
    await expect(dialog).toContainText(t.eraseBackups);
    await expectAccessible(page, `erasure confirmation (${language})`);
    await retention.confirmErase(dialog, erased);
    await expect(retention.candidates().filter({ hasText: erased })).toHaveCount(0);

    // No table holds its id or code; the activity log names only its erasure.
    const tables = await storedTables(page);
    for (const [name, rows] of Object.entries(tables)) {
      expect(rows, name).not.toContain(familyId);
      expect(rows, name).not.toContain('KANARIA');
      if (name !== 'activityLog') expect(rows, name).not.toContain(erased);
    }
    const log = JSON.parse(tables.activityLog!) as { kind: string; familyCode: string | null }[];
    expect(log.filter((entry) => entry.familyCode === erased).map((entry) => entry.kind)).toEqual(['familyErased']);
    expect(tables.activityLog).not.toContain('KANARIA');

    // The decrypted views: the meetings list and the meeting's record show nothing of it; the other family stays.
    await page.goto(`/#/meetings/${meetingId}/record`);
    await expect(record.summaryTab(kept)).toBeVisible();
    await expect(record.summaryTab(erased)).toHaveCount(0);
    await record.openWholeRecord();
    await expect(record.shown()).not.toContainText(erased);
    await expect(record.shown()).not.toContainText(note);
    await expect(page.locator('body')).not.toContainText(question);
    await page.goto('/#/meetings');
    await expect(page.locator('body')).not.toContainText(question);
    await expect(page.locator('body')).not.toContainText(erased);

    // The activity log: the erasure with the code only, filtered by code, exported as CSV.
    await app.nav('settings').click();
    await retention.filterLogByCode(erased);
    await expect(retention.logRows()).toHaveCount(1);
    await expect(retention.logRows().first()).toContainText(t.log.kinds.familyErased);
    await expect(retention.logRows().first()).toContainText(erased);
    await retention.filterLogByCode('');
    await expect(retention.log()).toContainText(t.log.kinds.unlocked);
    await expect(retention.log()).toContainText(t.log.kinds.locked);
    await expect(retention.log()).toContainText(t.log.kinds.summaryTransferred);
    await expect(retention.log()).toContainText(t.log.kinds.recordExported);
    await expect(retention.log()).toContainText(t.log.kinds.demoLoaded);
    const csv = await retention.exportLog();
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csv.content.trim().split(/\r\n/);
    expect(lines[0]).toBe(`${t.log.time},${t.log.kind},${t.log.familyCode},${app.t.together.log.by}`);
    expect(lines.filter((line) => line.includes(erased))).toEqual([expect.stringContaining(t.log.kinds.familyErased)]);
    expect(csv.content).not.toContain('KANARIA');
    await expectAccessible(page, `activity log (${language})`);

    // Deleting the other family takes it out of the meeting too; Undo puts it back there.
    await page.goto('/#/families');
    await page.getByRole('link', { name: new RegExp(kept) }).first().click();
    await app.family.delete(kept);
    await page.goto(`/#/meetings/${meetingId}/record`);
    await expect(record.wholeRecordTab()).toBeVisible();
    await expect(record.summaryTab(kept)).toHaveCount(0);
    await expect(page.locator('.record-screen')).not.toContainText(kept);
    await app.family.undo();
    await app.expectNotification(fill(app.t.family.restored, { code: kept }));
    await page.goto(`/#/meetings/${meetingId}/record`);
    await expect(record.summaryTab(kept)).toBeVisible();
    await record.openSummary(kept);
    await expect(record.shown()).toContainText('Mitä tarvitaan, jotta nuori uskaltaisi kertoa koulun tilanteesta?');
  });
}
