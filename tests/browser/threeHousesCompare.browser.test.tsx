// Covers the three-houses comparison (renderer/src/threeHouses/compare/CompareScreen.tsx) and the
// export of a session (renderer/src/threeHouses/export/SessionExportBar.tsx) on real IndexedDB in
// real Chromium: a family with two children and sessions stored through the repository. The
// comparison marks what is new, gone and still there in text, swaps and re-chooses through the
// route, and says clearly when a session is missing, another child's or the same one twice. The
// export gives an audience only what the child allowed, and a consent withdrawn after an export
// leaves the next export (Markdown and print copy) with nothing of the session.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { encodeDrawing } from '../../shared/threeHouses/drawing';
import { newSession, setConsent, type ThreeHousesSession } from '../../shared/threeHouses/session';
import { valid } from '../../shared/validation';
import { useRoute } from '../../renderer/src/app/router';
import { useThreeHousesSession } from '../../renderer/src/db/methodHooks';
import { createFamily } from '../../renderer/src/db/repositories/familyRepository';
import { createThreeHousesSession, updateThreeHousesSession } from '../../renderer/src/db/repositories/threeHousesRepository';
import { changeLanguage } from '../../renderer/src/i18n/i18n';
import { CompareScreen } from '../../renderer/src/threeHouses/compare/CompareScreen';
import { SessionExportBar } from '../../renderer/src/threeHouses/export/SessionExportBar';
import { AudienceHousesView } from '../../renderer/src/threeHouses/HousesView';
import { viewForAudience } from '../../shared/threeHouses/consent';
import '../../renderer/src/styles.css';
import { browserWorld, fakeDesktop, seriousAxeViolations } from './support';

const world = browserWorld({ prefix: 'keha-three-houses', clock: () => () => new Date('2026-11-20T10:00:00') });

const drawing = encodeDrawing({
  strokes: [{ pointer: 'mouse', colour: 'blue', width: 'medium', points: [{ x: 100, y: 100, pressure: null }, { x: 800, y: 700, pressure: null }] }],
});

function session1(childId: string): ThreeHousesSession {
  const base = newSession({ childId, date: '2026-09-01', worker: { memberId: null, name: 'Maija Työntekijä' } });
  return {
    ...setConsent(base, 'team', 'given', '2026-09-01'),
    houses: {
      worries: { name: '', items: [{ id: 'a1', text: 'Isä huutaa illalla', verbatim: true }, { id: 'a2', text: 'Koulumatka pelottaa', verbatim: true }], drawing: null },
      goodThings: { name: '', items: [{ id: 'a3', text: 'Koira Vilppu', verbatim: true }], drawing: null },
      dreams: { name: '', items: [], drawing: null },
    },
  };
}

function session2(childId: string): ThreeHousesSession {
  const base = newSession({ childId, date: '2026-11-02', worker: { memberId: null, name: 'Pekka Perhetyö' } });
  let next: ThreeHousesSession = {
    ...base,
    houses: {
      worries: { name: 'Pelkojen talo', items: [{ id: 'b1', text: 'Koulumatka pelottaa.', verbatim: true }], drawing: null },
      goodThings: {
        name: '',
        items: [
          { id: 'b2', text: 'koira vilppu', verbatim: true },
          { id: 'b3', text: 'Lapsi piirsi mummon', verbatim: false },
        ],
        drawing,
      },
      dreams: { name: '', items: [{ id: 'b4', text: 'Oma huone', verbatim: true }], drawing: null },
    },
    followUpQuestions: ['Kysy mummon käynneistä'],
  };
  next = setConsent(next, 'team', 'given', '2026-11-02');
  next = setConsent(next, 'parents', 'given', '2026-11-02');
  return setConsent(next, 'court', 'notGiven', '2026-11-02');
}

async function seed() {
  const familyId = await createFamily(world.session, {
    code: 'KXR-482',
    label: 'Testiperhe',
    responsibleMemberId: null,
    children: [
      { id: 'c1', pseudonym: 'Aino', birthYear: 2018 },
      { id: 'c2', pseudonym: 'Eino', birthYear: 2015 },
    ],
  });
  const baselineId = await createThreeHousesSession(world.session, { familyId, session: session1('c1') });
  const nowId = await createThreeHousesSession(world.session, { familyId, session: session2('c1') });
  const otherChildId = await createThreeHousesSession(world.session, { familyId, session: session1('c2') });
  return { familyId, baselineId, nowId, otherChildId };
}

/** The compare screen as the app shows it: following the route in the address. */
function RoutedCompare() {
  const route = useRoute();
  if (route.name !== 'threeHouses' || route.view.kind !== 'compare') return <p>elsewhere</p>;
  return <CompareScreen familyId={route.familyId} childId={route.childId} baselineId={route.view.baselineId} nowId={route.view.nowId} />;
}

function LiveExport({ id }: { id: string }) {
  const record = useThreeHousesSession(id);
  return record ? <SessionExportBar session={record} child={{ id: 'c1', pseudonym: 'Aino', birthYear: 2018 }} familyCode="KXR-482" /> : null;
}

const compareHash = (familyId: string, baselineId: string, nowId: string) => `#/families/${familyId}/children/c1/three-houses/compare/${baselineId}/${nowId}`;

describe('comparing two sessions', () => {
  it('shows each house first time | now with what is new, gone and still there written out, and swaps', async () => {
    const { familyId, baselineId, nowId } = await seed();
    window.location.hash = compareHash(familyId, baselineId, nowId);
    world.render(<RoutedCompare />);
    await expect.element(page.getByRole('heading', { level: 1 })).toMatchTextContent('Compare two sessions · Aino · family KXR-482');

    const worries = page.getByRole('region', { name: 'Pelkojen talo (House of worries)' });
    await expect.element(worries).toMatchTextContent('The child renamed the house: “House of worries” → “Pelkojen talo”');
    await expect.element(worries.getByTestId('compare-counts')).toHaveTextContent('New: 0 · No longer there: 1 · Still there: 1');
    const worriesBaseline = worries.getByRole('heading', { level: 3 }).first();
    await expect.element(worriesBaseline).toHaveTextContent('First time, 01/09/2026Worker: Maija Työntekijä');
    await expect.element(worries.getByRole('heading', { level: 3 }).nth(1)).toHaveTextContent('Now, 02/11/2026Worker: Pekka Perhetyö');
    await expect.element(worries.getByRole('listitem').filter({ hasText: 'Isä huutaa illalla' })).toHaveTextContent('− No longer there: “Isä huutaa illalla” (In the child’s own words)');
    // The same words with a full stop and other case count as the same.
    await expect.element(worries.getByRole('listitem').filter({ hasText: 'Koulumatka pelottaa.' })).toMatchTextContent('= Still there: “Koulumatka pelottaa.” (In the child’s own words)');

    const good = page.getByRole('region', { name: 'House of good things' });
    await expect.element(good.getByRole('listitem').filter({ hasText: 'Lapsi piirsi mummon' })).toHaveTextContent('+ New: Lapsi piirsi mummon (Worker’s note)');
    await expect.element(good.getByRole('img', { name: 'House of good things: Drawing with 1 line' })).toBeVisible();
    const dreams = page.getByRole('region', { name: 'House of dreams' });
    await expect.element(dreams).toMatchTextContent('Nothing in this house.');
    await expect.element(dreams.getByTestId('compare-counts')).toHaveTextContent('New: 1 · No longer there: 0 · Still there: 0');
    expect(await seriousAxeViolations(world.container)).toEqual([]);
    const desktop = fakeDesktop();
    await userEvent.click(page.getByRole('button', { name: 'Print or save as PDF' }));
    await expect.poll(() => desktop.printed.map((entry) => entry.suggestedName)).toEqual(['three-houses-comparison-KXR-482-2026-09-01-2026-11-02.pdf']);

    // Swapping puts now on the left: the route changes and so does the comparison.
    await userEvent.click(page.getByRole('button', { name: 'Swap first time and now' }));
    await expect.element(page.getByText('The first time (02/11/2026) is later than now (01/09/2026). Swap them to see the change over time.')).toBeVisible();
    expect(window.location.hash).toBe(compareHash(familyId, nowId, baselineId));
    await expect.element(page.getByRole('combobox', { name: 'First time' })).toHaveValue(nowId);
    await expect
      .element(page.getByRole('region', { name: 'House of worries' }).getByRole('listitem').filter({ hasText: 'Isä huutaa illalla' }))
      .toMatchTextContent('+ New: “Isä huutaa illalla” (In the child’s own words)');
  });

  it('says clearly when a session is the same twice, another child’s or missing, and lets another be chosen', async () => {
    const { familyId, baselineId, nowId, otherChildId } = await seed();
    window.location.hash = compareHash(familyId, baselineId, baselineId);
    world.render(<RoutedCompare />);
    await expect.element(page.getByRole('alert')).toHaveTextContent('The first time and now are the same session. Choose two different sessions above.');
    await expect.element(page.getByRole('region', { name: 'House of worries' })).not.toBeInTheDocument();

    // Choosing another session for now makes a comparison.
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Now' }), '02/11/2026 · Pekka Perhetyö');
    // Choosing alone does not leave the page (the keyboard's focus stays on the select); the button shows it.
    expect(window.location.hash).toBe(compareHash(familyId, baselineId, baselineId));
    await userEvent.click(page.getByRole('button', { name: 'Show the comparison' }));
    expect(window.location.hash).toBe(compareHash(familyId, baselineId, nowId));
    await expect.element(page.getByRole('region', { name: 'House of good things' })).toBeVisible();
    await expect.element(page.getByRole('alert')).not.toBeInTheDocument();

    window.location.hash = compareHash(familyId, otherChildId, 'no-such-session');
    await expect.element(page.getByRole('alert')).toHaveTextContent(
      'The session chosen as the first time is another child’s. Choose one of this child’s sessions above.' +
        'The session chosen as now was not found. It may have been deleted. Choose another session above.',
    );
    // Nothing of the other child's session is shown.
    expect(world.container.textContent).not.toContain('Isä huutaa illalla');
    await expect.element(page.getByRole('combobox', { name: 'Now' })).toHaveDisplayValue('Choose a session');
    expect(await seriousAxeViolations(world.container)).toEqual([]);
  });

  it('does not compare a session the child has not allowed the team to see', async () => {
    const { familyId, baselineId, nowId } = await seed();
    await updateThreeHousesSession(world.session, baselineId, (current) => valid(setConsent(current, 'team', 'notGiven', '2026-11-20')));
    await changeLanguage('fi');
    window.location.hash = compareHash(familyId, baselineId, nowId);
    world.render(<RoutedCompare />);
    await expect.element(page.getByTestId('consent-withheld')).toHaveTextContent('Lapsi ei halunnut tätä näytettävän: Tiimi. Tapaamisesta ei näytetä mitään.');
    await expect.element(page.getByRole('link', { name: 'Avaa tapaaminen 1.9.2026 ja kirjaa lapsen vastaus' })).toBeVisible();
    expect(world.container.textContent).not.toContain('Isä huutaa illalla');
    expect(world.container.textContent).not.toContain('Koulumatka');
  });
});

describe('exporting a session for an audience', () => {
  it('exports what the parents may see, and nothing once the consent is withdrawn; the print copy follows', async () => {
    const { nowId } = await seed();
    const desktop = fakeDesktop();
    world.render(<LiveExport id={nowId} />);
    const parents = page.getByRole('radio', { name: 'Parents (Consent given)' });
    // Starts on the first audience with consent.
    await expect.element(parents).toBeChecked();
    await expect.element(page.getByRole('radio', { name: 'Court (Consent not given)' })).not.toBeChecked();
    const bar = page.getByRole('group', { name: 'Export: Three houses of Aino for the parents' });
    await userEvent.click(bar.getByRole('button', { name: 'Export as Markdown' }));
    await expect.element(page.getByRole('status').filter({ hasText: 'Saved as' })).toBeVisible();
    expect(desktop.saved[0]!.suggestedName).toBe('three-houses-KXR-482-parents-2026-11-20.md');
    const first = desktop.saved[0]!.content;
    expect(first).toMatch(/^# Three houses: Aino\n/);
    expect(first).toContain('- “Oma huone” (in the child’s own words)');
    expect(first).toContain('- Lapsi piirsi mummon (worker’s note)');
    expect(first).toContain('**Drawing:** The child made a drawing. It is shown in the printed version.');
    expect(first).not.toContain('Kysy mummon käynneistä');
    // The print copy has the drawing as SVG, with its house.
    const print = document.querySelector('[data-testid="three-houses-print"]')!;
    expect(print.querySelector('[data-house="goodThings"] svg[role="img"] path')).not.toBeNull();
    expect(print.textContent).toContain('Oma huone');

    // The child withdraws the parents' consent after that export.
    await updateThreeHousesSession(world.session, nowId, (current) => valid(setConsent(current, 'parents', 'notGiven', '2026-11-20')));
    await expect.element(page.getByRole('radio', { name: 'Parents (Consent not given)' })).toBeChecked();
    await expect.element(page.getByTestId('consent-withheld')).toHaveTextContent('The child did not want this shown to: Parents. Nothing of the session is shown.');
    await userEvent.click(bar.getByRole('button', { name: 'Export as Markdown' }));
    await expect.poll(() => desktop.saved.length).toBe(2);
    expect(desktop.saved[1]!.content).toBe('# Three houses\n\n*The child did not want this shown to: Parents. Nothing of the session is shown.*\n');
    await userEvent.click(bar.getByRole('button', { name: 'Print or save as PDF' }));
    await expect.poll(() => desktop.printed.length).toBe(1);
    for (const word of ['Oma huone', 'Pelkojen talo', 'Pekka', 'mummo', 'Aino']) expect(print.textContent, word).not.toContain(word);
    expect(print.querySelector('svg')).toBeNull();

    // The team still gets everything, with the follow-up questions.
    await userEvent.click(page.getByRole('radio', { name: 'Team (Consent given)' }));
    await userEvent.click(page.getByRole('group', { name: 'Export: Three houses of Aino for the team' }).getByRole('button', { name: 'Export as Markdown' }));
    await expect.poll(() => desktop.saved.length).toBe(3);
    expect(desktop.saved[2]!.content).toContain('## Follow-up questions\n\n- Kysy mummon käynneistä');
    expect(await seriousAxeViolations(world.container)).toEqual([]);
  });
});

describe('the houses as an audience may see them (HousesView)', () => {
  it('shows each house with the child’s name, the own-words flag in words and the drawing; a refused view shows only that', async () => {
    const allowed = viewForAudience(session2('c1'), 'sharedScreen');
    const refused = viewForAudience(session2('c1'), 'court');
    world.render(
      <>
        <AudienceHousesView view={allowed} size="large" />
        <AudienceHousesView view={refused} idPrefix="court" />
      </>,
    );
    const worries = page.getByRole('region', { name: 'Pelkojen talo (House of worries)' });
    await expect.element(worries.getByRole('listitem')).toHaveTextContent('“Koulumatka pelottaa.” (In the child’s own words)');
    const good = page.getByRole('region', { name: 'House of good things' });
    await expect.element(good.getByRole('listitem').nth(1)).toHaveTextContent('Lapsi piirsi mummon (Worker’s note)');
    await expect.element(good.getByRole('img', { name: 'House of good things: Drawing with 1 line' })).toBeVisible();
    await expect.element(page.getByTestId('consent-withheld')).toHaveTextContent('The child did not want this shown to: Court. Nothing of the session is shown.');
    // One houses view only: the refused one shows nothing else.
    expect(world.container.querySelectorAll('[data-testid="houses-view"]')).toHaveLength(1);
    expect(await seriousAxeViolations(world.container)).toEqual([]);
    // Saved for a look (test-results/ is not kept in git).
    await page.screenshot({ path: '../../test-results/tc-housesview-en.png' });
  });
});
