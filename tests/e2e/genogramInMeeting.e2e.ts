// The genogram in a meeting, through the capture-tool registry: in the first deep dive's
// presentation phase (the demonstration family DEMO-101 has a genogram) the chair sees the family's
// genogram and puts it on the room's screen, which draws it large with its legend but never the
// team's notes on people and lines. axe on the chair's view and on the room's screen. In English and in Finnish.
import { expect, test } from '@playwright/test';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp } from './models/KehaApp';
import { SharedScreenPage } from './models/SharedScreenPage';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

const steps = 15;
// The demo genogram's notes (shared/demo/demoGenograms.ts): the team's, never the room's.
const teamNotes = ['Muutti lasten kanssa keväällä', 'Asuu toisella paikkakunnalla', 'Ei yhteydenpitoa vuosiin', 'Mummolla saa olla rauhassa'];

for (const language of ['en', 'fi'] as const) {
  test(`the genogram joins the presentation phase and the room's screen without the team's notes (${language})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1366, height: 900 });
    const app = new KehaApp(page, 'fi');
    await page.goto('/');
    if (language !== 'fi') await app.setLanguage(language);
    await app.start();
    const run = new FacilitatorPage(app);
    const t = app.t;

    await run.openDemoPlan();
    await run.startFromPlan();
    await run.advance(2);
    const presentation = language === 'en' ? 'Presentation' : 'Esittely';
    await run.expectPhase(presentation, 3, steps);
    const panel = page.getByRole('region', { name: t.genogram.screen.title, exact: true });
    await expect(panel.getByTestId('genogram-drawing')).toBeVisible();
    await expect(panel).toContainText(fill(t.genogram.panel.count_other, { count: 10 }));
    await expect(panel.getByRole('link', { name: t.genogram.panel.open })).toBeVisible();
    const toggle = panel.getByRole('button', { name: `${t.run.methods.showOnScreen}: ${t.genogram.screen.title}`, exact: true });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');

    const screen = await SharedScreenPage.openFrom(page, language);
    const screenPage = screen.page;
    await screenPage.setViewportSize({ width: 1280, height: 720 });
    await screen.expectPhase(presentation, 3, steps);
    const roomGenogram = screenPage.getByRole('region', { name: t.genogram.screen.title, exact: true });
    await expect(roomGenogram).toHaveCount(0);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(roomGenogram.getByTestId('genogram-drawing')).toBeVisible();
    await expect(roomGenogram.locator('.gg-person')).toHaveCount(10);
    await expect(roomGenogram.getByRole('heading', { name: t.genogram.legend.heading })).toBeVisible();
    const html = await screenPage.content();
    for (const note of teamNotes) expect(html, note).not.toContain(note);
    await expectAccessible(screenPage, `the genogram on the room's screen (${language})`);
    await expectAccessible(page, `the genogram panel in the presentation phase (${language})`);

    // Off the screen again when the chair takes it off.
    await toggle.click();
    await expect(roomGenogram).toHaveCount(0);
  });
}
