// Tables keep their words whole, in Finnish at 1366 px and printed: the risk round's table in the
// facilitator view, the record's tables (with the family's code) and the family page's risk trend
// table split no short word across lines (a column is never narrower than its longest word; only
// compounds of ten letters or more may be hyphenated), and no pseudonym code anywhere on those
// screens wraps.
import { expect, test, type Page } from '@playwright/test';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp } from './models/KehaApp';
import { RecordPage } from './models/RecordPage';
import { splitWords } from './support/wordBreaks';

test('risk, record and risk trend tables split no word at 1366 px or in print (Finnish)', async ({ page }) => {
  test.setTimeout(180_000);
  await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
  await page.setViewportSize({ width: 1366, height: 900 });
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.start();
  const run = new FacilitatorPage(app);
  await run.startDemoMeeting();
  await run.advance(2);
  const code = (await run.familyCard().locator('.run-family-code').textContent())!.trim();
  await run.advance(4);
  await expect(run.riskPanel()).toBeVisible();
  await run.score('Kaisa Demo', 3, 'Poissaolot lisääntyvät', 'Koulun kanssa tehty suunnitelma');
  await run.score('Tero Demo', 6, 'Lämmin suhde', 'Rauhalliset illat');
  await run.reveal(true);
  await expectWordsWhole(page, '.run-risk-table th, .run-risk-table td, .pseudonym-code', 'risk round table');
  await run.advance(1);
  await run.fillAction({ what: 'Tapaaminen koulun kanssa', owner: 'Sanna Demo', due: '2031-06-16' });
  await expect(run.ourActions()).toHaveCount(1);
  await run.advance(7);
  await run.finish();

  const record = new RecordPage(app);
  await record.expectOpen();
  await record.openWholeRecord();
  await expectWordsWhole(page, '.record-table th, .record-table td, .pseudonym-code', 'whole record');
  await page.emulateMedia({ media: 'print' });
  await expectWordsWhole(page, '.record-table th, .record-table td, .pseudonym-code', 'whole record, printed');
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/#/families');
  await expect(page.getByRole('link', { name: code, exact: true })).toBeVisible();
  await expectWordsWhole(page, '.pseudonym-code', 'family list');
  await app.families.open(code);
  await expect(record.riskTrendTable()).toBeVisible();
  await expectWordsWhole(page, '.risk-trend-table th, .risk-trend-table td, .pseudonym-code', 'risk trend table');
  await page.emulateMedia({ media: 'print' });
  await expectWordsWhole(page, '.risk-trend-table th, .risk-trend-table td', 'risk trend table, printed');
  await page.emulateMedia({ media: 'screen' });
});

async function expectWordsWhole(page: Page, selector: string, where: string) {
  const result = await page.evaluate(splitWords, { selector, hyphenateFrom: 10 });
  expect(result.measured, `${where}: words measured`).toBeGreaterThan(2);
  expect(result.split, where).toEqual([]);
}
