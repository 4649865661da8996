// The caseload meeting from plan to record, as a team would live it: 60 active families (the
// demonstration team's 3 active ones and 57 more, each with its responsible worker), a weekly meeting
// in a 90-minute slot with 3 deep dives and all 60 families on the quick round, fitted to the slot
// (accepted; the plan then takes at most 90 minutes) and started. In the quick round, by keyboard
// only: lines written for a few families, one flagged urgent and marked "today" (it joins the deep
// dives in one action), another marked "next time" (onto next week's plan). The deep dives not yet
// reached are reordered (Alt+↑), a reload mid-way keeps the agenda, the lines and the timers, and one
// deep dive moves to next week. The urgent family's deep dive is run with a hypothesis, a revealed
// safety round, a task and a question for the family; the meeting is finished. The record shows the
// agenda as planned and as held, what was added and what moved; next week's plan holds the moved
// deep dive (its question and presenter) and the "next time" family; the urgent family's entry draft
// holds its facts (question, the hypothesis in tentative words, median and range, task, question for
// the family) and nothing of another family. axe on the quick round and the agenda list.
// In English: each part also has its own spec in both languages (planTimeSlot, quickRound,
// agendaChanges, safetyRound, entryDraft), so the suite creates the 60-family caseload once.
import { expect, test, type Locator } from '@playwright/test';
import { AgendaPanel } from './models/AgendaPanel';
import { caseloadCode } from './models/FamiliesPage';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp } from './models/KehaApp';
import { MeetingsPage } from './models/MeetingsPage';
import { PlannerPage } from './models/PlannerPage';
import { QuickRoundPage } from './models/QuickRoundPage';
import { RecordPage } from './models/RecordPage';
import { SlotSection } from './models/SlotSection';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';
import { KeyboardUser } from './support/keyboardUser';

const shots = process.env.KEHA_JOURNEY_SHOTS;
const workers = ['Sanna Demo', 'Mikko Demo', 'Tero Demo'] as const;
const extraFamilies = 57;
const code = caseloadCode;
const urgentFamily = code(0); // worker Sanna Demo
const nextTimeFamily = code(1); // worker Mikko Demo
const planned = [
  { code: 'DEMO-101', presenter: 'Sanna Demo', question: 'How can the parents agree on evening routines?' },
  { code: 'DEMO-102', presenter: 'Mikko Demo', question: 'What would help the young person speak about school?' },
  { code: 'DEMO-103', presenter: 'Tero Demo', question: 'Who in the network could carry the weekends?' },
] as const;
const moved = planned[2];
const leftOut = ['Leena Demo', 'Aino Demo'];

const texts = {
  en: {
    urgentLine: 'URGENT the child was left alone overnight twice',
    nextTimeLine: 'NEXTTIME the father asks for a network meeting',
    otherLine: (index: number) => `OTHER note ${index}`,
    hypothesis: 'URGENT hypothesis: the mother’s night shifts leave no adult at home',
    action: 'URGENT action: arrange evening care with the mother',
    question: 'URGENT question: who could be at home at night?',
    phases: {
      opening: 'Opening and check-in',
      quickRound: 'Quick round of all families',
      presentation: 'Presentation',
      clarifying: 'Clarifying questions',
      hypothesising: 'Hypothesising',
      reflection: 'Reflection',
      risk: 'Risk and safety scaling',
      plan: 'Plan',
      close: 'Recording check and close',
    },
  },
  fi: {
    urgentLine: 'KIIREELLINEN lapsi jäi kahdesti yöksi yksin',
    nextTimeLine: 'ENSIKERTA isä pyytää verkostokokousta',
    otherLine: (index: number) => `MUU huomio ${index}`,
    hypothesis: 'KIIREELLINEN hypoteesi: äidin yövuorot jättävät kodin ilman aikuista',
    action: 'KIIREELLINEN tehtävä: sovitaan iltahoito äidin kanssa',
    question: 'KIIREELLINEN kysymys: kuka voisi olla kotona öisin?',
    phases: {
      opening: 'Avaus ja kuulumiskierros',
      quickRound: 'Pikakierros kaikista perheistä',
      presentation: 'Esittely',
      clarifying: 'Tarkentavat kysymykset',
      hypothesising: 'Hypoteesit',
      reflection: 'Reflektio',
      risk: 'Turvallisuuden arviointi (0–10)',
      plan: 'Suunnitelma',
      close: 'Kirjaus ja lopetus',
    },
  },
} as const;

/** The planned length after a timer's elapsed time ("0:00:00 of 1:30:00", "0:00:00 / 1:30:00"), in seconds. */
async function plannedSeconds(timer: Locator): Promise<number> {
  const text = (await timer.locator('.run-timer-value').textContent()) ?? '';
  // The second clock shown: the first is the elapsed time (a spoken version follows, hidden).
  const match = [...text.matchAll(/(\d+):(\d\d):(\d\d)/g)][1];
  if (!match) throw new Error(`No planned time in "${text}"`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** "0:04:07" or "1:02:03" at the start of a timer's value, in seconds. */
async function elapsedSeconds(timer: Locator): Promise<number> {
  const text = (await timer.locator('.run-timer-value').textContent()) ?? '';
  const match = /^(?:(\d+):)?(\d+):(\d\d)/.exec(text.trim());
  if (!match) throw new Error(`No elapsed time in "${text}"`);
  return Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** A change's words after its time ("{{time}}: …" filled with no time). */
const afterTime = (text: string) => text.split(': ').slice(1).join(': ');

for (const language of ['en'] as ('en' | 'fi')[]) {
  test(`a caseload meeting of 60 families fits its slot, bends as it goes and leaves the right record (${language})`, async ({ page }) => {
    test.setTimeout(360_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    const x = texts[language];
    const p = x.phases;
    const app = new KehaApp(page, 'fi');
    const keys = new KeyboardUser(page);
    await keys.watchForPointerUse();
    await page.goto('/');
    if (language === 'en') await app.setLanguage('en');
    await app.start();
    await page.getByRole('button', { name: app.t.demo.load }).click();
    await expect(page.getByText(app.t.demo.banner)).toBeVisible();

    // --- The caseload: 57 more families, each with its responsible worker in turn. ---------------
    await app.families.createCaseload(extraFamilies, workers);

    // --- The plan: 3 deep dives, 60 families on the quick round, fitted into 90 minutes. ---------
    const meetings = new MeetingsPage(app);
    await meetings.goto();
    const planner: PlannerPage = await meetings.planMeeting({ template: 'weeklyMeeting' });
    await expect(planner.quickRoundItems()).toHaveCount(60);
    for (const name of leftOut) {
      await planner.setTakingPart(name, false);
      await expect(planner.member(name)).not.toBeChecked();
    }
    for (const deepDive of planned) await planner.addDeepDive(deepDive.code, deepDive.presenter, deepDive.question);
    await planner.expectDeepDives(planned.map((deepDive) => deepDive.code));
    const slot = new SlotSection(app);
    await expect(slot.slotField()).toHaveValue('90');
    // 10 + 60 × 2 + 3 × 50 + 5 = 285 min: far over the slot.
    await expect(slot.summary()).toHaveText(language === 'fi' ? /^Suunnitelma kestää 4 t 45 min, 3 t 15 min yli 90 minuutin ajan\.$/ : /^The plan takes 4 h 45 min, 3 h 15 min over the 90-minute slot\.$/);
    await slot.fit(90);
    await expect(slot.proposalSummary()).toHaveText(language === 'fi' ? /^Ehdotuksella suunnitelma kestää .* 90 minuutin ajasta\.$/ : /^With the proposal the plan takes .* of the 90-minute slot\.$/);
    await slot.accept();
    await expect(slot.summary()).toHaveText(language === 'fi' ? /(alle|täsmälleen) 90 minuutin ajan\.$/ : /(less than|exactly) the 90-minute slot\.$/);
    await planner.expectSaved();
    for (const deepDive of planned) await expect(planner.question(deepDive.code)).toHaveValue(deepDive.question);

    // --- The meeting starts; the chair moves on to the quick round. ------------------------------
    await planner.start();
    const run = new FacilitatorPage(app);
    const meetingId = run.meetingId();
    await run.expectPhase(p.opening, 1, 21);
    // The run plans the fitted minutes: the whole meeting at most 90 minutes.
    expect(await plannedSeconds(run.meetingTimer())).toBeLessThanOrEqual(90 * 60);
    await run.shortcut('next');
    await run.expectPhase(p.quickRound, 2, 21);
    const round = new QuickRoundPage(app);
    const agenda = new AgendaPanel(app);
    await expect(round.lines()).toHaveCount(60);
    const codes = await round.lines().evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.family!));
    if (shots) await page.screenshot({ path: `${shots}-quick-round-${language}.png` });
    await expectAccessible(page, `quick round of 60 families (${language})`);

    // --- The quick round by keyboard alone: lines for the first families down to the two that matter.
    await page.evaluate(() => sessionStorage.removeItem('keha-pointer-events'));
    const last = Math.max(codes.indexOf(urgentFamily), codes.indexOf(nextTimeFamily));
    expect(last).toBeGreaterThanOrEqual(1);
    const written = new Map<string, { text: string; decision: 'today' | 'nextTime' | 'noNeed'; urgent: boolean }>();
    await keys.focus(round.changed(codes[0]!));
    for (let index = 0; index <= last; index++) {
      const shown = codes[index]!;
      await expect(round.changed(shown)).toBeFocused();
      const line =
        shown === urgentFamily
          ? { text: x.urgentLine, decision: 'today' as const, urgent: true }
          : shown === nextTimeFamily
            ? { text: x.nextTimeLine, decision: 'nextTime' as const, urgent: false }
            : { text: x.otherLine(index), decision: 'noNeed' as const, urgent: false };
      await page.keyboard.type(line.text);
      if (line.urgent) await page.keyboard.press('Alt+K');
      await page.keyboard.press({ today: 'Alt+1', nextTime: 'Alt+2', noNeed: 'Alt+3' }[line.decision]);
      written.set(shown, line);
      if (index < last) await page.keyboard.press('ArrowDown');
    }
    await round.expectProgress(written.size, 60, 1);
    await expect(round.urgent(urgentFamily)).toBeChecked();
    await expect(round.decision(urgentFamily, 'today')).toBeChecked();
    await expect(round.decision(nextTimeFamily, 'nextTime')).toBeChecked();
    await expect(round.region().locator('.save-status-saving, .save-status-pending')).toHaveCount(0);

    // "Today": the urgent family joins the deep dives in one action (Shift+Tab from the first line to the buttons).
    const q = app.t.quickRound.agenda;
    const todayButton = round.region().getByRole('button', { name: fill(q.today_one, { count: 1 }), exact: true });
    const nextTimeButton = round.region().getByRole('button', { name: fill(q.nextTime_one, { count: 1 }), exact: true });
    await keys.focus(round.changed(codes[0]!));
    await page.keyboard.press('Shift+Tab');
    await expect(nextTimeButton).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(todayButton).toBeFocused();
    await page.keyboard.press('Enter');
    await app.expectNotification(fill(q.todayDone_one, { count: 1, codes: urgentFamily }));
    await expect(todayButton).toHaveCount(0);
    await run.expectPhase(p.quickRound, 2, 27);
    await expect.poll(() => agenda.deepDiveCodes()).toEqual([...planned.map((deepDive) => deepDive.code), urgentFamily]);

    // "Next time": the family goes onto next week's plan, also in one action.
    await keys.press(nextTimeButton);
    await app.expectNotification(fill(q.nextTimeDone_one, { count: 1, codes: nextTimeFamily }));
    await expect(nextTimeButton).toHaveCount(0);

    // The deep dives not yet reached, reordered: the urgent family first (Alt+↑ in its Move up button).
    await keys.focus(agenda.moveUpButton(urgentFamily));
    for (let step = 0; step < 3; step++) {
      await page.keyboard.press('Alt+ArrowUp');
      await agenda.expectDeepDive(3 - step, urgentFamily);
    }
    await expect.poll(() => agenda.deepDiveCodes()).toEqual([urgentFamily, ...planned.map((deepDive) => deepDive.code)]);
    await keys.expectNoPointerUse();
    await expectAccessible(page, `agenda list with the added deep dive (${language})`);

    // --- A reload mid-way: the same agenda, lines and timers. --------------------------------------
    const before = { agenda: await agenda.snapshot(), phase: await elapsedSeconds(run.phaseTimer()), meeting: await elapsedSeconds(run.meetingTimer()) };
    await page.reload();
    await app.unlock();
    await run.goto(meetingId);
    await run.expectPhase(p.quickRound, 2, 27);
    await expect.poll(() => agenda.snapshot()).toBe(before.agenda);
    for (const [timer, from] of [[run.phaseTimer(), before.phase], [run.meetingTimer(), before.meeting]] as const) {
      const now = await elapsedSeconds(timer);
      expect(now).toBeGreaterThanOrEqual(from);
      expect(now).toBeLessThan(from + 180);
    }
    await expect(round.lines()).toHaveCount(60);
    for (const [shown, line] of written) {
      await expect(round.changed(shown)).toHaveValue(line.text);
      await expect(round.decision(shown, line.decision)).toBeChecked();
      if (line.urgent) await expect(round.urgent(shown)).toBeChecked();
      else await expect(round.urgent(shown)).not.toBeChecked();
    }

    // --- One deep dive moves to next week. -------------------------------------------------------
    await agenda.nextWeekButton(moved.code).click();
    await expect(app.notification()).toContainText(moved.code);
    await expect.poll(() => agenda.deepDiveCodes()).toEqual([urgentFamily, planned[0].code, planned[1].code]);
    await expect(agenda.region().getByRole('heading', { name: app.t.agenda.list.movedAway })).toBeVisible();
    await run.expectPhase(p.quickRound, 2, 21);

    // --- The urgent family's deep dive. -------------------------------------------------------------
    const next = async (number: number, name: string) => {
      await run.shortcut('next');
      await run.expectPhase(name, number, 21);
    };
    await next(3, p.presentation);
    await expect(run.familyCard()).toContainText(urgentFamily);
    await next(4, p.clarifying);
    await next(5, p.hypothesising);
    await run.addHypothesis(x.hypothesis, null);
    await next(6, p.reflection);
    await next(7, p.risk);
    await run.score('Kaisa Demo', 3, 'reason a', 'up a');
    await run.score('Tero Demo', 6, 'reason b', 'up b');
    await run.score('Sanna Demo', 5, 'reason c', 'up c');
    await run.score('Mikko Demo', null, '', '');
    await run.reveal(false);
    await next(8, p.plan);
    await run.fillAction({ what: x.action, owner: 'Sanna Demo', due: '' });
    await expect(run.ourActions()).toHaveCount(1);
    await run.addQuestion(x.question);
    // The two planned deep dives still held, then the close.
    await run.advance(13);
    await run.expectPhase(p.close, 21, 21);
    await run.finish();

    // --- The record: the agenda as planned and as held, what was added and what moved. -------------
    const a = app.t.agenda.record;
    const record = new RecordPage(app);
    await record.expectOpen();
    await record.openWholeRecord();
    const shown = record.shown();
    await expect(shown).toContainText(a.heading);
    await expect(shown).toContainText(a.planned);
    await expect(shown).toContainText(a.happened);
    await expect(shown).toContainText(planned.map((deepDive) => deepDive.code).join(', '));
    await expect(shown).toContainText(`${urgentFamily}, ${planned[0].code}, ${planned[1].code}`);
    await expect(shown).toContainText(afterTime(fill(a.added, { time: '', code: urgentFamily })));
    for (const [from, to] of [[4, 3], [3, 2], [2, 1]] as const) await expect(shown).toContainText(afterTime(fill(a.reordered, { time: '', code: urgentFamily, from, to })));
    await expect(shown).toContainText(afterTime(fill(a.movedToNextWeek, { time: '', code: moved.code })));
    await expect(shown).toContainText(x.urgentLine);

    // --- The urgent family's entry draft: its own facts, in tentative words, and nothing else. ------
    await record.openEntryDraft(urgentFamily);
    const lines = await record.entryDraftLines();
    expect(lines[0]).toMatch(language === 'fi' ? /esittelijänä Sanna Demo\.$/ : /; presented by Sanna Demo\.$/);
    expect(lines.slice(1)).toEqual(
      language === 'fi'
        ? [
            `Kysymys tiimille: ${x.urgentLine}`,
            'Tiimi pohti yhtä mahdollista ajatusta (työhypoteesi, ei todettu asia):',
            `${x.hypothesis} (tila: avoin)`,
            'Turvallisuusarvio (0–10): mediaani 5, vaihteluväli 3–6 (3 arviota).',
            'Sovitut tehtävät:',
            `${x.action} (vastuu: Sanna Demo)`,
            'Kysymykset perheelle:',
            x.question,
          ]
        : [
            `Question for the team: ${x.urgentLine}`,
            'One possible idea the team considered (a working hypothesis, not a finding):',
            `${x.hypothesis} (status: open)`,
            'Safety scale (0–10): median 5, range 3–6 (3 scores).',
            'Agreed tasks:',
            `${x.action} (who: Sanna Demo)`,
            'Questions to take to the family:',
            x.question,
          ],
    );
    const draft = await record.entryDraft().innerText();
    const foreign = [...planned.flatMap((deepDive) => [deepDive.code, deepDive.question]), nextTimeFamily, x.nextTimeLine, 'OTHER', 'MUU', 'reason a'];
    for (const text of foreign) expect(draft, text).not.toContain(text);

    // --- Next week's plan: the moved deep dive with its question and presenter, and the "next time" family.
    await meetings.goto();
    await meetings.open('planned', new RegExp(moved.code));
    const nextWeek = new PlannerPage(app);
    await nextWeek.expectOpen();
    await expect(nextWeek.card(moved.code)).toBeVisible();
    await expect(nextWeek.question(moved.code)).toHaveValue(moved.question);
    await expect(nextWeek.presenter(moved.code).locator('option:checked')).toHaveText(moved.presenter);
    await expect(nextWeek.card(nextTimeFamily)).toBeVisible();
    await expect(nextWeek.question(nextTimeFamily)).toHaveValue(x.nextTimeLine);
    await expect(nextWeek.presenter(nextTimeFamily).locator('option:checked')).toHaveText('Mikko Demo');
  });
}
