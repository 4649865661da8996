// The meeting fits its time slot, seen while planning: the demonstration team's weekly meeting with
// its 3 quick-round families and 3 deep dives plans 2 h 51 min against the team's usual 90 minutes
// (the length follows each deep dive added); the planner says so in words, "Fit to the slot" (by
// keyboard; Escape closes it) proposes minutes beside the
// template's, accepting makes the plan fit, a reload keeps them, the template's own minutes are
// unchanged, and the started meeting plans the plan's minutes. In Finnish and English, with axe.
import { expect, test, type Page } from '@playwright/test';
import { KehaApp } from './models/KehaApp';
import { MeetingsPage } from './models/MeetingsPage';
import { PlannerPage } from './models/PlannerPage';
import { SlotSection } from './models/SlotSection';
import { TeamPage } from './models/TeamPage';
import { expectAccessible } from './support/axe';

const shots = process.env.KEHA_SLOT_SHOTS;

async function withDemoTeam(page: Page, language: 'fi' | 'en') {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  if (language === 'en') await app.setLanguage('en');
  await app.start();
  await page.getByRole('button', { name: app.t.demo.load }).click();
  await app.families.expectCodes(['DEMO-101', 'DEMO-102', 'DEMO-103', 'DEMO-104']);
  return app;
}

for (const language of ['fi', 'en'] as const) {
  test(`the plan is measured against the slot and fitted to it (${language})`, async ({ page }) => {
    const app = await withDemoTeam(page, language);
    const slot = new SlotSection(app);
    const hypothesising = language === 'fi' ? 'Hypoteesit' : 'Hypothesising';

    // The team's usual meeting length: 90 minutes unless it says otherwise.
    await new TeamPage(app).goto();
    await expect(slot.usualField()).toHaveValue('90');

    const meetings = new MeetingsPage(app);
    await meetings.goto();
    const planner: PlannerPage = await meetings.planMeeting({ template: 'weeklyMeeting', at: '2031-06-03T09:00' });
    await planner.expectQuickRound(['DEMO-101', 'DEMO-102', 'DEMO-103']);
    // Live, as deep dives are added: 10 + 3 × 2 + 5 = 21 min; each deep dive adds 50.
    await expect(slot.summary()).toHaveText(language === 'fi' ? 'Suunnitelma kestää 21 min, 1 t 9 min alle 90 minuutin ajan.' : 'The plan takes 21 min, 1 h 9 min less than the 90-minute slot.');
    await planner.addDeepDive('DEMO-101');
    await expect(slot.summary()).toHaveText(language === 'fi' ? 'Suunnitelma kestää 1 t 11 min, 19 min alle 90 minuutin ajan.' : 'The plan takes 1 h 11 min, 19 min less than the 90-minute slot.');
    for (const code of ['DEMO-102', 'DEMO-103']) await planner.addDeepDive(code);

    // 10 + 3 × 2 + 3 × 50 + 5 = 171 min.
    await expect(slot.summary()).toHaveText(
      language === 'fi' ? 'Suunnitelma kestää 2 t 51 min, 1 t 21 min yli 90 minuutin ajan.' : 'The plan takes 2 h 51 min, 1 h 21 min over the 90-minute slot.',
    );
    await expect(slot.slotField()).toHaveValue('90');
    // The same at the top of the planner, with a way to the section.
    await expect(page.getByTestId('slot-glance')).toContainText(language === 'fi' ? '2 t 51 min, 1 t 21 min yli' : '2 h 51 min, 1 h 21 min over');
    await page.getByTestId('slot-glance').getByRole('button', { name: app.t.slot.showByPhase }).click();
    await expect(page.getByRole('heading', { level: 2, name: app.t.slot.heading })).toBeFocused();
    await expect(slot.minutes(hypothesising)).toHaveValue('15');
    await expectAccessible(page, `planner with its slot (${language})`);

    await slot.fit(90);
    // Escape closes the proposal (focus back on the button); the chair opens it again.
    await page.keyboard.press('Escape');
    await expect(slot.proposal()).toHaveCount(0);
    await expect(slot.region().getByRole('button', { name: app.t.slot.fit })).toBeFocused();
    await slot.fit(90);
    await expect(slot.proposalSummary()).toHaveText(language === 'fi' ? /^Ehdotuksella suunnitelma kestää 1 t (2\d|30)(,5)? min 90 minuutin ajasta\.$/ : /^With the proposal the plan takes 1 h (2\d|30)(\.5)? min of the 90-minute slot\.$/);
    const proposed = Number((await slot.proposedMinutes(hypothesising).inputValue()).replace(',', '.'));
    expect(proposed).toBeLessThan(15);
    await expectAccessible(page, `the slot's proposal (${language})`);
    if (shots) await slot.region().screenshot({ path: `${shots}-slot-proposal-${language}.png` });

    await slot.accept();
    await expect(slot.summary()).toHaveText(language === 'fi' ? /(alle|täsmälleen) 90 minuutin ajan\.$/ : /(less than|exactly) the 90-minute slot\.$/);
    await planner.expectSaved();
    if (shots) await slot.region().screenshot({ path: `${shots}-slot-fitted-${language}.png` });

    // A reload keeps the plan's minutes.
    await page.reload();
    await app.unlock();
    await planner.expectOpen();
    await expect(slot.minutes(hypothesising)).toHaveValue(String(proposed).replace('.', language === 'fi' ? ',' : '.'));
    await expect(slot.summary()).toHaveText(language === 'fi' ? /(alle|täsmälleen) 90 minuutin ajan\.$/ : /(less than|exactly) the 90-minute slot\.$/);

    // The template keeps its own minutes: shown beside the plan's, and a new plan starts from them.
    await expect(slot.table().getByRole('row').filter({ hasText: hypothesising }).getByRole('cell').first()).toHaveText('15 min');
    await planner.start();
    const overview = page.getByRole('region', { name: app.t.run.overview.heading, exact: true });
    const minutesText = `${String(proposed).replace('.', language === 'fi' ? ',' : '.')} min`;
    await expect(overview.getByRole('listitem').filter({ hasText: hypothesising }).first()).toContainText(minutesText);
  });
}
