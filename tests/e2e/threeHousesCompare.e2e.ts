// Two three-houses sessions of one child compared, and a session exported with one consent
// withdrawn, end to end: two sessions made at the desk on different days (items in the child's own
// words and a worker's note, a drawing, consent per audience); the export for the parents as
// Markdown, then the parents' consent withdrawn and the next export and the print copy holding
// nothing of the session; the team's print preview with the drawing; the two sessions compared
// from the list (what is new, gone and still there, in text), swapped, stacked on a narrow screen,
// and their print preview. axe on the compare screen and the export in Finnish and English.
import { expect, test } from '@playwright/test';
import { KehaApp } from './models/KehaApp';
import { ThreeHousesComparePage } from './models/ThreeHousesComparePage';
import { ThreeHousesPage } from './models/ThreeHousesPage';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

const firstDay = new Date('2031-03-02T10:00:00');
const secondDay = new Date('2031-05-12T10:00:00');

test('two sessions compared, and an export that respects a consent withdrawn after it (fi, then en)', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.setFixedTime(firstDay);
  await page.setViewportSize({ width: 1280, height: 900 });
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.start();
  await app.families.create({ label: 'Testiperhe' });
  await app.family.addChild('Aino', '2019');
  const houses = new ThreeHousesPage(app);
  const compare = new ThreeHousesComparePage(app);
  await houses.openFromFamilyPage('Aino');
  let t = app.t.threeHouses;

  // The first time: two worries and a good thing, the team may see it.
  await houses.newSession('Sari Sosiaalityöntekijä');
  await compare.addDeskItem('worries', t.house.worries, 'Isä huutaa illalla', true);
  await compare.addDeskItem('worries', t.house.worries, 'Koulumatka pelottaa', true);
  await compare.addDeskItem('goodThings', t.house.goodThings, 'Koira Vilppu', true);
  await compare.setConsent('team', 'given');

  // Ten weeks later: one worry gone, a new good thing noted by the worker, a dream, a drawing.
  await app.later(secondDay, { fixed: true });
  await page.getByRole('link', { name: fill(t.screen.backToSessions, { child: 'Aino' }) }).click();
  await houses.newSession('Pekka Perhetyöntekijä');
  await compare.addDeskItem('worries', t.house.worries, 'koulumatka pelottaa.', true);
  await compare.addDeskItem('goodThings', t.house.goodThings, 'Koira Vilppu', true);
  await compare.addDeskItem('goodThings', t.house.goodThings, 'Lapsi piirsi mummon', false);
  await compare.addDeskItem('dreams', t.house.dreams, 'Oma huone', true);
  const surface = houses.drawingSurface(houses.deskHouse('goodThings'));
  await surface.scrollIntoViewIfNeeded();
  await houses.drawStroke(surface, { x: 0.2, y: 0.3 }, { x: 0.8, y: 0.7 });
  await expect(surface).toHaveAttribute('data-strokes', '1');
  await expect(houses.deskHouse('goodThings').getByText(t.drawingUi.saved)).toBeVisible();
  await compare.setConsent('team', 'given');
  await compare.setConsent('parents', 'given');
  await compare.setConsent('court', 'notGiven');

  // Exported for the parents: everything in the houses, in Finnish.
  await compare.audience('parents').check();
  const given = await compare.exportMarkdown();
  expect(given.name).toMatch(/^kolme-taloa-[A-Z0-9-]+-vanhemmat-2031-05-12\.md$/);
  expect(given.content).toMatch(/^# Kolme taloa: Aino\n/);
  expect(given.content).toContain('- ”Oma huone” (lapsen omin sanoin)');
  expect(given.content).toContain('- Lapsi piirsi mummon (työntekijän muistiinpano)');
  expect(given.content).toContain('**Piirustus:** Lapsi teki piirustuksen.');
  expect(given.content).toContain('**Kenelle:** Vanhemmat');

  // The child withdraws the parents' consent: the next export and the print copy have nothing of the session.
  await compare.setConsent('parents', 'notGiven');
  await expect(compare.audience('parents')).toHaveAccessibleName(`${t.audience.parents} (${t.consentState.notGiven})`);
  await expect(compare.exportSection().getByTestId('consent-withheld')).toHaveText(fill(t.consent.notShownNotGiven, { audience: t.audience.parents }));
  const withdrawn = await compare.exportMarkdown();
  expect(withdrawn.content).toBe(`# ${t.export.refusedTitle}\n\n*${fill(t.consent.notShownNotGiven, { audience: t.audience.parents })}*\n`);
  await compare.stubPrintDialog();
  await compare.exportPrintButton().click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', '1');
  await page.emulateMedia({ media: 'print' });
  await expect(compare.printCopy()).toBeVisible();
  await expect(compare.printCopy()).toHaveText(`${t.export.refusedTitle}${fill(t.consent.notShownNotGiven, { audience: t.audience.parents })}`);
  // On paper only the print copy: the desk with the houses is not printed.
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  for (const word of ['Oma huone', 'Koira Vilppu', 'Aino', 'Pekka']) await expect(page.locator('body')).not.toContainText(word, { useInnerText: true });
  await page.emulateMedia({ media: 'screen' });

  // The team's print preview: the document with the drawing as SVG, each house whole.
  await compare.audience('team').check();
  await page.emulateMedia({ media: 'print' });
  await expect(compare.printCopy()).toContainText('Oma huone');
  await expect(compare.printCopy().locator('[data-house="goodThings"] svg[role="img"] path')).toHaveCount(1);
  await page.emulateMedia({ media: 'screen' });
  await compare.exportSection().getByText(t.export.preview).click();
  await expectAccessible(page, 'session export (fi)');

  // Compare the two from the list.
  await page.getByRole('link', { name: fill(t.screen.backToSessions, { child: 'Aino' }) }).click();
  await compare.compareFromList(['2.3.2031', '12.5.2031']);
  const worries = compare.house(t.house.worries);
  await expect(worries.locator('[data-side="baseline"] h3')).toHaveText(
    `${fill(t.compare.baseline, { date: '2.3.2031' })}${fill(t.compare.worker, { name: 'Sari Sosiaalityöntekijä' })}`,
  );
  await expect(worries.locator('[data-side="now"] h3')).toHaveText(`${fill(t.compare.now, { date: '12.5.2031' })}${fill(t.compare.worker, { name: 'Pekka Perhetyöntekijä' })}`);
  await expect(compare.items(worries, 'baseline', 'gone')).toHaveText([`− ${t.compare.gone}: ”Isä huutaa illalla” (${t.item.verbatim})`]);
  await expect(compare.items(worries, 'now', 'kept')).toHaveText([`= ${t.compare.kept}: ”koulumatka pelottaa.” (${t.item.verbatim})`]);
  const good = compare.house(t.house.goodThings);
  await expect(compare.items(good, 'now', 'new')).toHaveText([`+ ${t.compare.new}: Lapsi piirsi mummon (${t.item.workerNote})`]);
  await expect(compare.items(good, 'now', 'kept')).toContainText(['Koira Vilppu']);
  await expect(good.getByRole('img')).toHaveCount(1);
  await expect(compare.items(compare.house(t.house.dreams), 'now', 'new')).toContainText(['Oma huone']);
  await expect(compare.house(t.house.dreams).getByTestId('compare-counts')).toHaveText(fill(t.compare.counts, { new: 1, gone: 0, kept: 0 }));
  // The gone item is struck through as well as named: never by colour alone.
  await expect(compare.items(worries, 'baseline', 'gone').locator('.hv-item-text')).toHaveCSS('text-decoration-line', 'line-through');
  await expectAccessible(page, 'compare (fi)');

  // Print preview: only the comparison, the choice of sessions left off.
  await page.emulateMedia({ media: 'print' });
  await expect(compare.select('baseline')).toBeHidden();
  await expect(compare.items(worries, 'baseline', 'gone')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await compare.comparePrintButton().click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', '2');

  // On a narrow screen the two columns stack.
  await page.setViewportSize({ width: 700, height: 900 });
  const [left, right] = [await worries.locator('[data-side="baseline"]').boundingBox(), await worries.locator('[data-side="now"]').boundingBox()];
  expect(right!.y).toBeGreaterThan(left!.y + left!.height - 1);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Swapped: now is on the left, and the screen says the order is the wrong way round.
  await compare.swapButton().click();
  await expect(compare.select('baseline').locator('option:checked')).toHaveText('12.5.2031 · Pekka Perhetyöntekijä');
  await expect(page.getByText(fill(t.compare.baselineNewer, { baseline: '12.5.2031', now: '2.3.2031' }))).toBeVisible();
  await expect(compare.items(compare.house(t.house.worries), 'now', 'new')).toContainText(['Isä huutaa illalla']);
  // Chosen back by keyboard alone: the selects (newest first), then the button.
  await compare.select('baseline').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(compare.select('now')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: t.compare.show })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(compare.items(worries, 'baseline', 'gone')).toContainText(['Isä huutaa illalla']);
  await expect(page.getByText(fill(t.compare.baselineNewer, { baseline: '12.5.2031', now: '2.3.2031' }))).toBeHidden();

  // In English: the comparison and the export, accessible.
  await app.setLanguage('en');
  t = app.t.threeHouses;
  await expect(compare.items(compare.house(t.house.worries), 'baseline', 'gone')).toHaveText([`− ${t.compare.gone}: “Isä huutaa illalla” (${t.item.verbatim})`]);
  await expectAccessible(page, 'compare (en)');
  await page.getByRole('link', { name: fill(t.compare.back, { child: 'Aino' }) }).click();
  await houses.openSession('12/05/2031');
  await expect(compare.audience('court')).toHaveAccessibleName(`${t.audience.court} (${t.consentState.notGiven})`);
  await compare.audience('court').check();
  await expect(compare.exportSection().getByTestId('consent-withheld')).toHaveText(fill(t.consent.notShownNotGiven, { audience: t.audience.court }));
  await expectAccessible(page, 'session export (en)');
});
