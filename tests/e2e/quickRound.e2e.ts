// The quick round by keyboard alone, in Finnish and in English, on 12 families (60 are the caseload
// journey's, caseloadMeetingJourney.e2e.ts; 100 are the bench's) —
// the demonstration team's 3 active ones and more, each with its responsible worker; a weekly
// meeting started and moved on to the quick round, then every line gone through with Tab or ↓,
// typing what changed, Alt+K for an urgent worry and Alt+1/2/3 for the decision; the round
// filtered to one worker and split by worker; a reload keeps every line; the family page shows its
// quick-round history. No pointer event reaches the page once the round starts; axe is clean.
import { expect, test } from '@playwright/test';
import { caseloadCode } from './models/FamiliesPage';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp } from './models/KehaApp';
import { MeetingsPage } from './models/MeetingsPage';
import { QuickRoundPage } from './models/QuickRoundPage';
import { expectAccessible } from './support/axe';
import { KeyboardUser } from './support/keyboardUser';

const workers = ['Sanna Demo', 'Mikko Demo', 'Tero Demo'] as const;
/** Families on the quick round: the demonstration team's 3 active ones and the rest added. */
const total = 12;
const demoFamilies = 3;
const code = caseloadCode;
const keyOf = { today: 'Alt+1', nextTime: 'Alt+2', noNeed: 'Alt+3' } as const;
/** Line i's decision and flag: every fifth urgent and taken up today, the rest next time or no need in turn. */
const planOf = (index: number) => ({
  urgent: index % 5 === 0,
  decision: index % 5 === 0 ? ('today' as const) : index % 2 === 0 ? ('nextTime' as const) : ('noNeed' as const),
  text: `muutos-${index + 1}`,
});

for (const language of ['fi', 'en'] as const) {
  test(`the quick round of ${total} families by keyboard, filtered, split, reloaded and kept in each family's history (${language})`, async ({ page }) => {
    test.setTimeout(420_000);
    const extraFamilies = total - demoFamilies;
    await page.setViewportSize({ width: 1440, height: 900 });
    const app = new KehaApp(page, 'fi');
    const keys = new KeyboardUser(page);
    await page.goto('/');
    if (language === 'en') await app.setLanguage('en');
    await app.start();
    await page.getByRole('button', { name: app.t.demo.load }).click();
    await expect(page.getByText(app.t.demo.banner)).toBeVisible();

    // The caseload: 57 more families, each with its responsible worker in turn.
    await app.families.createCaseload(extraFamilies, workers);

    // A weekly meeting with every active family on its quick round, started and moved on to it.
    const meetings = new MeetingsPage(app);
    await meetings.goto();
    const planner = await meetings.planMeeting({ template: 'weeklyMeeting' });
    await planner.start();
    const run = new FacilitatorPage(app);
    await expect(page.locator('.run-step-of')).toBeVisible();
    await run.shortcut('next');
    const round = new QuickRoundPage(app);
    await expect(round.lines()).toHaveCount(total);
    const codes = await round.lines().evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.family!));
    expect(codes.filter((shown) => shown.startsWith('PIKA-'))).toHaveLength(extraFamilies);
    await expectAccessible(page, `quick round (${language})`);

    // From here on, the keyboard only.
    await keys.watchForPointerUse();
    await keys.focus(round.changed(codes[0]!));
    for (const [index, shown] of codes.entries()) {
      await expect(round.changed(shown)).toBeFocused();
      const plan = planOf(index);
      await page.keyboard.type(plan.text);
      if (plan.urgent) await page.keyboard.press('Alt+K');
      await page.keyboard.press(keyOf[plan.decision]);
      if (index === codes.length - 1) break;
      // Every third line is left with Tab (text, flag, decision, then the next line), the others with ↓.
      if (index % 3 === 2) for (let step = 0; step < 3; step++) await page.keyboard.press('Tab');
      else await page.keyboard.press('ArrowDown');
    }
    // ↑ goes back a line.
    await page.keyboard.press('ArrowUp');
    await expect(round.changed(codes[total - 2]!)).toBeFocused();
    const urgentCount = codes.filter((_, index) => planOf(index).urgent).length;
    await round.expectProgress(total, total, urgentCount);
    await expect(round.urgent(codes[0]!)).toBeChecked();
    await expect(round.decision(codes[0]!, 'today')).toBeChecked();
    await expect(round.decision(codes[1]!, 'noNeed')).toBeChecked();
    await expect(round.decision(codes[2]!, 'nextTime')).toBeChecked();
    await expect(round.region().locator('.save-status-saving, .save-status-pending')).toHaveCount(0);

    // Filtered to one worker: only that worker's families.
    const mikko = round.line(code(1)).locator('.quick-worker');
    await expect(mikko).toHaveText('Mikko Demo');
    await keys.choose(round.workerFilter(), { label: 'Mikko Demo' });
    const mikkos = await round.lines().evaluateAll((rows) => rows.map((row) => row.querySelector('.quick-worker')!.textContent));
    // Every third added family is Mikko's, and the demonstration team gives him one.
    expect(mikkos.length).toBeGreaterThanOrEqual(Math.ceil(extraFamilies / workers.length));
    expect(new Set(mikkos)).toEqual(new Set(['Mikko Demo']));
    await keys.choose(round.workerFilter(), { label: app.t.quickRound.panel.allWorkers });
    await expect(round.lines()).toHaveCount(total);

    // Split by worker: each worker's families together under their name.
    await keys.toggle(round.split());
    await expect(round.split()).toBeChecked();
    await expect(round.groups().first()).toBeVisible();
    const groupNames = await round.groups().allTextContents();
    for (const worker of workers) expect(groupNames.some((name) => name.startsWith(`${worker}:`)), worker).toBe(true);
    await expectAccessible(page, `quick round split by worker (${language})`);
    await keys.expectNoPointerUse();

    // A reload (the vault locks): every line is as it was left.
    await page.reload();
    await keys.type(page.getByLabel(app.t.vault.passphrase, { exact: true }), 'kolme iloista kehää tiistaina');
    await page.keyboard.press('Enter');
    await expect(round.lines()).toHaveCount(total);
    for (const [index, shown] of codes.entries()) {
      const plan = planOf(index);
      await expect(round.changed(shown)).toHaveValue(plan.text);
      await expect(round.decision(shown, plan.decision)).toBeChecked();
      if (plan.urgent) await expect(round.urgent(shown)).toBeChecked();
      else await expect(round.urgent(shown)).not.toBeChecked();
    }

    // The family page keeps the line in the family's history.
    const first = code(0);
    const firstIndex = codes.indexOf(first);
    await app.families.goto();
    await app.families.open(first);
    const history = round.history();
    await expect(history).toBeVisible();
    const row = history.locator('tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(planOf(firstIndex).text);
    await expect(row).toContainText(app.t.quickRound.decision[planOf(firstIndex).decision]);
    await expectAccessible(page, `family page with its quick-round history (${language})`);
    // A family never gone through says so.
    await app.families.goto();
    await app.families.create({ code: 'UUSI-001' });
    await expect(round.history()).toContainText(app.t.quickRound.history.empty);
  });
}
