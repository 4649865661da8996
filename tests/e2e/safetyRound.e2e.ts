// The safety round, faster and easier to read, in English and in Finnish: two meetings for the same
// family. In the first the family is scored privately and revealed (no earlier round yet), and the
// second deep-dive family's round is typed in by the chair from paper, by keyboard alone, and the
// record marks it (Undo takes such an entry away). In the second meeting the reveal shows last time's median and range beside
// today's with the direction in words, and the room's screen draws the dot line after the reveal,
// with no name or reason. axe on the paper table, the revealed round and the room's screen.
import { expect, test, type Page } from '@playwright/test';
import type { Language } from '../../shared/i18n/messages';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp } from './models/KehaApp';
import { RecordPage } from './models/RecordPage';
import { SharedScreenPage } from './models/SharedScreenPage';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';
import { KeyboardUser } from './support/keyboardUser';

const leftOut = ['Leena Demo', 'Aino Demo'];
const steps = 15;
const riskPhase = { en: 'Risk and safety scaling', fi: 'Turvallisuuden arviointi (0–10)' } as const;
const names = ['Kaisa Demo', 'Tero Demo', 'Sanna Demo', 'Mikko Demo'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function start(page: Page, language: Language) {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  if (language !== 'fi') await app.setLanguage(language);
  await app.start();
  return { app, run: new FacilitatorPage(app) };
}

for (const language of ['en', 'fi'] as const) {
  test(`safety round (${language}): last time beside today, the room's dot line without names, and the chair's entry from paper`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
    await page.setViewportSize({ width: 1366, height: 900 });
    const keys = new KeyboardUser(page);
    const { app, run } = await start(page, language);
    const s = app.t.safety;
    const { first, next } = await run.startDemoMeetingWithNextWeek({ without: leftOut });

    // First meeting, first family: scored privately, revealed; there is no earlier round.
    await run.advance(6);
    await run.expectPhase(riskPhase[language], 7, steps);
    const alpha = (await run.familyCard().locator('.run-family-code').textContent())!.trim();
    await run.score('Kaisa Demo', 3, 'ALPHA reason absences', 'ALPHA up: a school plan');
    await run.score('Tero Demo', 6, 'ALPHA reason warmth', '');
    await run.score('Sanna Demo', 5, '', '');
    await run.score('Mikko Demo', 4, '', '');
    await run.reveal(false);
    await expect(run.riskComparison()).toHaveText(s.compare.noEarlier);
    await expect(run.riskDotLine().locator('circle')).toHaveCount(4);

    // Second family: the team scored on paper; the chair types the table in by keyboard alone.
    await run.advance(6);
    await run.expectPhase(riskPhase[language], 13, steps);
    const bravo = (await run.familyCard().locator('.run-family-code').textContent())!.trim();
    await keys.press(run.paperEntryButton());
    const scoreBoxes = run.riskPanel().locator('.run-risk-paper-score');
    await expect(scoreBoxes).toHaveCount(4);
    await expect(scoreBoxes.nth(0)).toBeFocused();
    await expectAccessible(page, `paper entry (${language})`);
    if (process.env.KEHA_SHOTS) await run.riskPanel().screenshot({ path: `${process.env.KEHA_SHOTS}/safety-paper-${language}.png` });
    // The first row 7 with a reason (Tab along the row), the second 8 (Tab), the third did not score,
    // the fourth 11 by mistake.
    await page.keyboard.type('7');
    await page.keyboard.press('Tab');
    await page.keyboard.type('BRAVO paper reason');
    await page.keyboard.press('Tab');
    await expect(scoreBoxes.nth(1)).toBeFocused();
    await page.keyboard.type('8');
    // ↓ goes down the column, as on paper.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(scoreBoxes.nth(3)).toBeFocused();
    await page.keyboard.type('11');
    await page.keyboard.press('Enter');
    await expect(run.riskPanel().getByRole('alert')).toHaveText(fill(s.paper.errors_one, { count: 1 }));
    await expect(scoreBoxes.nth(3)).toBeFocused();
    await expect(scoreBoxes.nth(3)).toHaveAttribute('aria-invalid', 'true');
    await expect(scoreBoxes.nth(3)).toHaveAccessibleDescription(new RegExp(`${escape(s.paper.invalid)}$`));
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('6');
    await page.keyboard.press('Enter');
    // Saved in one write and shown at once, marked as the chair's entry; focus stays in the panel.
    await expect(run.riskTable()).toBeVisible();
    await expect(run.riskPanel().getByRole('heading', { level: 2 })).toBeFocused();
    await expect(run.riskPanel().getByTestId('risk-entered-by-chair')).toHaveText(s.paper.entered);
    await expect(run.riskTable()).toContainText('BRAVO paper reason');
    await expect(run.riskDotLine().locator('circle')).toHaveCount(3);
    await app.expectNotification(s.paper.saved);
    // Undo (Alt+U reaches it, Enter presses it) takes the entry away: the round is open again and nobody has scored; typed in again.
    await page.keyboard.press('Alt+U');
    await page.keyboard.press('Enter');
    await expect(run.riskProgress()).toHaveText(fill(app.t.run.risk.progress, { scored: 0, count: 4 }));
    await expect(run.paperEntryButton()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(scoreBoxes.nth(0)).toBeFocused();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect(run.riskPanel().getByTestId('risk-entered-by-chair')).toBeVisible();
    await expect(run.riskDotLine().locator('circle')).toHaveCount(1);
    await keys.expectNoPointerUse();

    await run.finish();
    const record = new RecordPage(app);
    await record.expectOpen();
    await record.openSummary(bravo);
    await expect(record.shown()).toContainText(s.record.enteredByChair);
    await record.openSummary(alpha);
    await expect(record.shown()).toContainText('3–6');
    await expect(record.shown()).not.toContainText(s.record.enteredByChair);

    // The next week's meeting: the same family, the room's screen open.
    await run.startFromPlan(next);
    expect(next).not.toBe(first);
    const screen = await SharedScreenPage.openFrom(page, language);
    await run.advance(6);
    await run.expectPhase(riskPhase[language], 7, steps);
    await screen.expectPhase(riskPhase[language], 7, steps);
    await expect(run.familyCard()).toContainText(alpha);
    for (const [name, score] of [['Kaisa Demo', 5], ['Tero Demo', 6], ['Sanna Demo', 7], ['Mikko Demo', 6]] as const) {
      await run.score(name, score, `ALPHA second reason ${name}`, '');
    }
    // Before the reveal: no dot line, no score on the room's screen.
    await expect(screen.scoredCount()).toBeVisible();
    await expect(screen.dotLine()).toHaveCount(0);
    await run.reveal(false);

    // Last time (median 4.5, range 3–6) beside today (median 6, range 5–7): the median went up.
    const table = run.riskComparisonTable();
    await expect(table).toBeVisible();
    const lastTime = fill(s.compare.lastTime, { date: language === 'fi' ? '2.6.2031' : '02/06/2031' });
    await expect(table.locator('thead')).toContainText(lastTime);
    const row = (label: string) => table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: label }) });
    await expect(row(s.compare.median).locator('td')).toHaveText([language === 'fi' ? '4,5' : '4.5', '6']);
    await expect(row(s.compare.range).locator('td')).toHaveText(['3–6', '5–7']);
    await expect(run.riskComparison()).toContainText(s.compare.up);
    await expectAccessible(page, `revealed round compared with last time (${language})`);

    // The room: a dot per score, equal scores stacked, said in words; no names or reasons.
    const alt = fill(s.dots.alt, {
      stacks: [fill(s.dots.stack_one, { count: 1, score: 5 }), fill(s.dots.stack_other, { count: 2, score: 6 }), fill(s.dots.stack_one, { count: 1, score: 7 })].join(', '),
      median: '6',
    });
    await expect(screen.dots()).toHaveCount(4);
    await expect(screen.dotLine()).toHaveAccessibleName(`${s.dots.heading}: ${alt}`);
    await expect(screen.risk()).toContainText(alt);
    const sixes = await screen.dots().evaluateAll((circles) => circles.filter((circle) => circle.getAttribute('data-score') === '6').map((circle) => circle.getAttribute('cy')));
    expect(new Set(sixes).size, 'equal scores stack').toBe(2);
    const shown = await screen.page.locator('body').innerText();
    for (const secret of [...names, 'ALPHA second reason', 'ALPHA reason']) expect(shown, secret).not.toContain(secret);
    await expectAccessible(screen.page, `room's screen with the dot line (${language})`);
    if (process.env.KEHA_SHOTS) {
      await run.riskPanel().screenshot({ path: `${process.env.KEHA_SHOTS}/safety-chair-${language}.png` });
      await screen.page.screenshot({ path: `${process.env.KEHA_SHOTS}/safety-room-${language}.png`, fullPage: true });
    }
  });
}
