// The entry draft (kirjausehdotus) and the printed agenda, end to end, in English and in Finnish:
// the demonstration meeting's planned agenda is printed from the planner (times and minutes from the
// plan, families by code, presenters and questions, nothing else on paper), the room's screen shows
// the agenda with its times in the opening, the meeting is run with hypotheses, scores, tasks and
// questions for two deep-dive families, and each family's entry draft holds exactly its own facts,
// read part by part, and nothing of the other family; Copy gives the plain text without the title;
// the draft's language can be chosen; the full detail stays its own tab. axe throughout.
import { expect, test, type Page } from '@playwright/test';
import type { Language } from '../../shared/i18n/messages';
import { AgendaPrintView } from './models/AgendaPrintView';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp } from './models/KehaApp';
import { RecordPage } from './models/RecordPage';
import { SharedScreenPage } from './models/SharedScreenPage';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

const leftOut = ['Leena Demo', 'Aino Demo'];
const steps = 15;
const questions = ['Miten voisimme tukea vanhempia sopimaan arjen rutiineista niin, että lapsi saa levätä?', 'Mitä tarvitaan, jotta nuori uskaltaisi kertoa koulun tilanteesta?'];
const alphaTexts = ['ALPHA hypothesis', 'ALPHA reason', 'ALPHA up', 'ALPHA action', 'ALPHA question', questions[0]!];
const bravoTexts = ['BRAVO hypothesis', 'BRAVO secret', 'BRAVO action', questions[1]!];

for (const language of ['en', 'fi'] as const) {
  test(`the planned agenda prints and shows on the room's screen; each family's entry draft holds its own facts only (${language})`, async ({ page, context }) => {
    test.setTimeout(240_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
    await page.setViewportSize({ width: 1366, height: 900 });
    const app = new KehaApp(page, 'fi');
    await page.goto('/');
    if (language !== 'fi') await app.setLanguage(language);
    await app.start();
    const run = new FacilitatorPage(app);
    await run.openDemoPlan({ without: leftOut });
    const t = app.t.documents;
    const minutes = (value: number) => fill(app.t.time.plannedMinutes, { minutes: value });
    const clock = (hours: number, minute: number) => (language === 'fi' ? `${hours}.${String(minute).padStart(2, '0')}` : `${String(hours).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);

    // --- The printed agenda: planned for tomorrow at 9, times and minutes from the plan. ---------
    const agendaPrint = new AgendaPrintView(app);
    await agendaPrint.catchPrint();
    await agendaPrint.print();
    const view = agendaPrint.view();
    await expect(view.getByRole('heading', { level: 2 })).toHaveText(fill(t.agenda.title, { meeting: language === 'fi' ? 'Systeeminen viikkokokous' : 'Systemic weekly meeting' }));
    await expect(view).toContainText(language === 'fi' ? /3\. kesäkuuta 2031 klo 9\.00–\d{1,2}\.\d\d/ : /3 June 2031, 09:00–\d\d:\d\d/);
    const rows = await agendaPrint.rows();
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ time: clock(9, 0), minutes: minutes(10), item: language === 'fi' ? 'Avaus ja kuulumiskierros' : 'Opening and check-in' });
    expect(rows[1]!.time).toBe(clock(9, 10));
    expect(rows[1]!.item).toContain(fill(t.agenda.quickRoundFamilies, { codes: '' }).trim());
    // Each line starts when the one before it is planned to end.
    const at = (time: string) => {
      const [hours, minute] = time.split(/[.:]/).map(Number);
      return hours! * 60 + minute!;
    };
    const asNumber = (text: string) => Number(text.replace(/[^\d,.]/g, '').replace(',', '.'));
    for (let index = 1; index < rows.length; index++) expect(at(rows[index]!.time)).toBe(at(rows[index - 1]!.time) + asNumber(rows[index - 1]!.minutes));
    const codes = rows.slice(2, 4).map((row) => /DEMO-\d+/.exec(row.item)?.[0] ?? '');
    expect(rows[2]!.item).toContain(fill(t.agenda.deepDive, { number: 1, code: codes[0]! }));
    expect(rows[3]!.item).toContain(fill(t.agenda.deepDive, { number: 2, code: codes[1]! }));
    expect(rows[2]!.presenter).toBe('Sanna Demo');
    expect(rows[2]!.question).toBe(questions[0]);
    expect(rows[3]!.question).toBe(questions[1]);
    // Codes only: no family's label, no child's name.
    await expect(view).not.toContainText('Demo:');
    await expectAccessible(page, `agenda print (${language})`);
    // On paper, only the agenda.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: app.t.meetings.start })).toBeHidden();
    await expect(view.getByRole('table')).toBeVisible();
    await expect(view.getByRole('button', { name: t.agenda.printAgain })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await agendaPrint.close();

    // --- The room's screen shows the agenda in the opening, with times from the actual start. ----
    await run.startFromPlan();
    await run.expectPhase(language === 'fi' ? 'Avaus ja kuulumiskierros' : 'Opening and check-in', 1, steps);
    const screen = await SharedScreenPage.openFrom(page, language);
    await screen.page.setViewportSize({ width: 1280, height: 720 });
    await run.showOnRoomScreen('agenda', true);
    const times = screen.agenda().locator('.meeting-agenda-time');
    await expect(times).toHaveCount(5);
    const shownTimes = (await times.allInnerTexts()).map((text) => text.trim());
    // The same minutes as the printed agenda; the times count from when the meeting started (8 o'clock).
    expect(shownTimes.map((text) => text.split(' · ')[1])).toEqual(rows.map((row) => row.minutes));
    expect(shownTimes[0]).toMatch(language === 'fi' ? /^klo 8\.0\d · / : /^08:0\d · /);
    await expect(screen.agenda()).toContainText(codes[0]!);
    await expect(screen.agenda()).not.toContainText('Sanna Demo');
    await run.showOnRoomScreen('agenda', false);
    await screen.page.close();

    // --- The meeting, with something captured for both families. ---------------------------------
    const { alpha, bravo } = await runMeetingWithCaptures(app, run, page);
    expect([alpha, bravo]).toEqual(codes);

    // --- The entry drafts. --------------------------------------------------------------------------
    const record = new RecordPage(app);
    await record.expectOpen();
    await expect(record.entryDraftTab(alpha)).toHaveAttribute('aria-selected', 'true');
    const date = language === 'fi' ? /^Käsiteltiin tiimin kokouksessa \(Systeeminen viikkokokous, maanantaina 2\. kesäkuuta 2031 klo 8\.0\d\), esittelijänä Sanna Demo\.$/ : /^Discussed in the team meeting \(Systemic weekly meeting, Monday 2 June 2031 at 08:0\d\); presented by Sanna Demo\.$/;
    const alphaLines = await record.entryDraftLines();
    expect(alphaLines[0]).toMatch(date);
    expect(alphaLines.slice(1)).toEqual(
      language === 'fi'
        ? [
            `Kysymys tiimille: ${questions[0]}`,
            'Tiimi pohti yhtä mahdollista ajatusta (työhypoteesi, ei todettu asia):',
            'ALPHA hypothesis: the new job keeps evenings in flux (tila: avoin)',
            'Turvallisuusarvio (0–10): mediaani 5, vaihteluväli 3–6 (3 arviota).',
            'Sovitut tehtävät:',
            'ALPHA action: meet the school (vastuu: Sanna Demo, 16.6.2031 mennessä)',
            'Kysymykset perheelle:',
            'ALPHA question: what is a good evening?',
          ]
        : [
            `Question for the team: ${questions[0]}`,
            'One possible idea the team considered (a working hypothesis, not a finding):',
            'ALPHA hypothesis: the new job keeps evenings in flux (status: open)',
            'Safety scale (0–10): median 5, range 3–6 (3 scores).',
            'Agreed tasks:',
            'ALPHA action: meet the school (who: Sanna Demo, by 16/06/2031)',
            'Questions to take to the family:',
            'ALPHA question: what is a good evening?',
          ],
    );
    const alphaShown = await record.entryDraft().innerText();
    for (const foreign of [...bravoTexts, bravo, 'ONCE']) expect(alphaShown, foreign).not.toContain(foreign);
    // The full detail's reasons are not in the draft; they are in the family's own full-detail tab.
    expect(alphaShown).not.toContain('ALPHA reason');
    await expectAccessible(page, `entry draft (${language})`);

    // Copy: the plain text, without the title (which names only the code).
    const copied = await record.copyShown(fill(t.record.entryDraftTab, { code: alpha }));
    expect(copied).toBe(`${alphaLines[0]}\n\n${alphaLines[1]}\n\n${alphaLines[2]}\n- ${alphaLines[3]}\n\n${alphaLines[4]}\n\n${alphaLines[5]}\n- ${alphaLines[6]}\n\n${alphaLines[7]}\n- ${alphaLines[8]}\n`);
    expect(copied).not.toContain(alpha);

    // The second family's draft: its own facts; the unrevealed round stays out.
    await record.openEntryDraft(bravo);
    const bravoLines = await record.entryDraftLines();
    expect(bravoLines.slice(1)).toEqual(
      language === 'fi'
        ? [
            `Kysymys tiimille: ${questions[1]}`,
            'Tiimi pohti yhtä mahdollista ajatusta (työhypoteesi, ei todettu asia):',
            'BRAVO hypothesis: school is the safe place (tila: avoin)',
            'Sovitut tehtävät:',
            'BRAVO action: call the father (vastuu: Mikko Demo)',
          ]
        : [
            `Question for the team: ${questions[1]}`,
            'One possible idea the team considered (a working hypothesis, not a finding):',
            'BRAVO hypothesis: school is the safe place (status: open)',
            'Agreed tasks:',
            'BRAVO action: call the father (who: Mikko Demo)',
          ],
    );
    const bravoShown = await record.entryDraft().innerText();
    for (const foreign of [...alphaTexts, alpha, 'ONCE', 'BRAVO secret']) expect(bravoShown, foreign).not.toContain(foreign);

    // The draft in the other language, for a worker whose client record is written in it.
    const other: Language = language === 'fi' ? 'en' : 'fi';
    await record.chooseDraftLanguage(other);
    await expect(record.entryDraft()).toContainText(other === 'fi' ? 'Kysymys tiimille:' : 'Question for the team:');
    await expect(record.entryDraft()).toContainText(other === 'fi' ? 'Sovitut tehtävät:' : 'Agreed tasks:');

    // The full detail stays its own document: every score with its reason.
    await record.openSummary(alpha);
    await expect(record.shown()).toContainText('ALPHA reason warmth');
    await expect(record.shown()).toContainText('ALPHA up: calm evenings');
    await expectAccessible(page, `full detail (${language})`);
  });
}

/**
 * Runs the demonstration meeting to its end with something captured for both deep-dive families:
 * everything typed for the first carries "ALPHA", for the second "BRAVO"; the second family's risk
 * round is never revealed. Returns the two families' codes.
 */
async function runMeetingWithCaptures(app: KehaApp, run: FacilitatorPage, page: Page) {
  const roles = app.t.roles;
  const phase = (en: string, fi: string) => (app.language === 'fi' ? fi : en);
  const next = async (number: number, en: string, fi: string) => {
    await run.shortcut('next');
    await run.expectPhase(phase(en, fi), number, steps);
  };
  await run.shortcut('addNote');
  await page.keyboard.type('ONCE opening: Leena and Aino are away.');
  await run.expectNotesSaved();
  await next(2, 'Quick round of all families', 'Pikakierros kaikista perheistä');
  await next(3, 'Presentation', 'Esittely');
  const alpha = (await run.familyCard().locator('.run-family-code').textContent())!.trim();
  await next(4, 'Clarifying questions', 'Tarkentavat kysymykset');
  await next(5, 'Hypothesising', 'Hypoteesit');
  await run.addHypothesis('ALPHA hypothesis: the new job keeps evenings in flux', roles.familyTherapist);
  await next(6, 'Reflection', 'Reflektio');
  await next(7, 'Risk and safety scaling', 'Turvallisuuden arviointi (0–10)');
  await run.score('Kaisa Demo', 3, 'ALPHA reason absences', 'ALPHA up: a school plan');
  await run.score('Tero Demo', 6, 'ALPHA reason warmth', 'ALPHA up: calm evenings');
  await run.score('Sanna Demo', 5, 'ALPHA reason asks for help', 'ALPHA up: routine');
  await run.score('Mikko Demo', null, '', '');
  await run.reveal(false);
  await next(8, 'Plan', 'Suunnitelma');
  await run.fillAction({ what: 'ALPHA action: meet the school', owner: 'Sanna Demo', due: '2031-06-16' });
  await expect(run.ourActions()).toHaveCount(1);
  await run.addQuestion('ALPHA question: what is a good evening?');

  await next(9, 'Presentation', 'Esittely');
  const bravo = (await run.familyCard().locator('.run-family-code').textContent())!.trim();
  await next(10, 'Clarifying questions', 'Tarkentavat kysymykset');
  await next(11, 'Hypothesising', 'Hypoteesit');
  await run.addHypothesis('BRAVO hypothesis: school is the safe place', null);
  await next(12, 'Reflection', 'Reflektio');
  await next(13, 'Risk and safety scaling', 'Turvallisuuden arviointi (0–10)');
  // Scored but never revealed: stays out of every record.
  await run.score('Kaisa Demo', 2, 'BRAVO secret reason', 'BRAVO secret up');
  await next(14, 'Plan', 'Suunnitelma');
  await run.fillAction({ what: 'BRAVO action: call the father', owner: 'Mikko Demo', due: '' });
  await expect(run.ourActions()).toHaveCount(1);
  await next(15, 'Recording check and close', 'Kirjaus ja lopetus');
  await run.finish();
  return { alpha, bravo };
}
