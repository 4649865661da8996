// The room's screen hears the meeting over a private port from the chair's window that opened it, and
// nothing about a meeting goes anywhere else: another page of the same origin (here a Kehä tab that was
// never unlocked, with listeners added as any script of the origin could) that listens on broadcast
// channels or storage events, or asks in the old way, gets no family code, question or note. A screen
// left without its chair's window says so in words, and the chair's view reconnects it.
import { expect, test, type Page } from '@playwright/test';
import { KehaApp } from './models/KehaApp';
import { FacilitatorPage } from './models/FacilitatorPage';
import { SharedScreenPage } from './models/SharedScreenPage';
import { expectAccessible } from './support/axe';

const steps = 15;

async function startDemoMeeting(page: Page) {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.setLanguage('en');
  await app.start();
  const run = new FacilitatorPage(app);
  const meetingId = await run.startDemoMeeting({ without: ['Leena Demo', 'Aino Demo'] });
  return { app, run, meetingId };
}

type Heard = { heard: string[] };

test('another page of the origin, listening or asking, hears nothing of the meeting the room’s screen shows', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  const { run, meetingId } = await startDemoMeeting(page);

  // A tab of the same origin that was never unlocked, listening everywhere a page of the origin can.
  const spy = await context.newPage();
  await spy.goto('/');
  await expect(spy.getByRole('heading', { name: new KehaApp(spy, 'en').t.vault.unlockTitle })).toBeVisible();
  const channelNames = [
    'keha-shared-screen',
    'keha-screen',
    `keha-screen-${meetingId}`,
    `keha-shared-screen-${meetingId}`,
    'keha-room',
    'keha',
    'keha-lock',
  ];
  await spy.evaluate(
    ({ names, meetingId }) => {
      const heard: string[] = [];
      (window as unknown as Heard).heard = heard;
      for (const name of names) {
        const channel = new BroadcastChannel(name);
        channel.onmessage = (event) => heard.push(`${name}: ${JSON.stringify(event.data)}`);
        // Asking, as a screen used to: "hello, send me the view".
        window.setInterval(() => channel.postMessage({ type: 'hello', meetingId }), 300);
      }
      window.addEventListener('storage', (event) => heard.push(`storage ${event.key}: ${event.newValue}`));
      window.addEventListener('message', (event) => heard.push(`message: ${JSON.stringify(event.data)}`));
    },
    { names: channelNames, meetingId },
  );

  const screen = await SharedScreenPage.openFrom(page, 'en');
  await run.advance(2);
  await run.expectPhase('Presentation', 3, steps);
  const code = (await run.familyCard().locator('.run-family-code').textContent())!.trim();
  await run.shortcut('addNote');
  await page.keyboard.type('Genogram drawn together');
  // The room's screen shows the family, its question and the note…
  await screen.expectPhase('Presentation', 3, steps);
  await expect(screen.family()).toContainText(`Family ${code}`);
  await expect(screen.family()).toContainText('Miten voisimme tukea vanhempia');
  await expect(screen.notes()).toContainText('Genogram drawn together');
  // …and moves on with the chair, while the spy keeps listening.
  await run.shortcut('next');
  await screen.expectPhase('Clarifying questions', 4, steps);
  await run.shortcut('previous');
  await screen.expectPhase('Presentation', 3, steps);

  const { heard, stored } = await spy.evaluate(() => ({
    heard: (window as unknown as Heard).heard,
    stored: JSON.stringify({ ...localStorage }),
  }));
  for (const secret of [code, 'Miten voisimme tukea vanhempia', 'Genogram drawn together', 'Presentation', 'measuredAt']) {
    expect(heard.join('\n'), `the spy heard "${secret}"`).not.toContain(secret);
    expect(stored, `localStorage holds "${secret}"`).not.toContain(secret);
  }
  // The spy is still at the unlock screen and shows nothing of the meeting.
  expect(await spy.locator('body').innerText()).not.toContain(code);
  // The chair's view says its screen is connected.
  await expect(SharedScreenPage.linkState(page)).toHaveText(new KehaApp(page, 'en').t.roomScreen.connected);
});

test('a screen without its chair’s window says to open it again, and the chair’s view reconnects it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  const { app, run, meetingId } = await startDemoMeeting(page);
  const screen = await SharedScreenPage.openFrom(page, 'en');
  await screen.expectPhase('Opening and check-in', 1, steps);

  // The screen reloaded while the chair's window holds it: it asks for a new port and follows again.
  await screen.page.reload();
  await screen.expectPhase('Opening and check-in', 1, steps);

  // The chair's window reloads (a new page that holds no screen): the screen clears…
  await page.reload();
  await screen.expectClosed();
  await app.unlock();
  await run.goto(meetingId);
  await run.expectPhase('Opening and check-in', 1, steps);
  // …and once reloaded itself it has no port: it says, in words, to open it from the chair's view.
  await screen.page.reload();
  await screen.expectUnlinked();
  await expectAccessible(screen.page, 'screen without its chair’s window');
  // The chair's view opens it again in the same window, which follows the meeting once more.
  await SharedScreenPage.openButton(page, 'en').click();
  await screen.expectPhase('Opening and check-in', 1, steps);
  await run.shortcut('next');
  await screen.expectPhase('Quick round of all families', 2, steps);

  // The chair's window reloads again; this time the screen is not reloaded: opening it from the chair's
  // view again connects the same window.
  await page.reload();
  await screen.expectClosed();
  await app.unlock();
  await run.goto(meetingId);
  await run.expectPhase('Quick round of all families', 2, steps);
  await SharedScreenPage.openButton(page, 'en').click();
  await screen.expectPhase('Quick round of all families', 2, steps);

  // Closed by someone in the room: the chair's view says the screen is lost and offers to reconnect.
  await screen.page.close();
  await expect(SharedScreenPage.linkState(page)).toHaveText(app.t.roomScreen.lost);
  await expect(page.getByRole('button', { name: app.t.roomScreen.reconnect })).toBeVisible();
  await expectAccessible(page, 'chair’s view with the room’s screen lost');
  const reopened = await SharedScreenPage.openFrom(page, 'en');
  await reopened.expectPhase('Quick round of all families', 2, steps);
  await expect(SharedScreenPage.linkState(page)).toHaveText(app.t.roomScreen.connected);
});

test('a screen whose chair’s window goes silent clears itself within seconds, and follows again when it answers', async ({ page }) => {
  test.setTimeout(90_000);
  const { run } = await startDemoMeeting(page);
  const screen = await SharedScreenPage.openFrom(page, 'en');
  await run.advance(2);
  await screen.expectPhase('Presentation', 3, steps);
  const code = (await run.familyCard().locator('.run-family-code').textContent())!.trim();
  // The chair's window stops answering: everything it would send over a port is dropped (no clear,
  // no view). The screen hears nothing more and clears itself.
  await page.evaluate(() => {
    const original = MessagePort.prototype.postMessage;
    Object.assign(window, { restorePorts: () => (MessagePort.prototype.postMessage = original) });
    MessagePort.prototype.postMessage = () => undefined;
  });
  await screen.expectClosed();
  expect(await screen.text()).not.toContain(code);
  await page.evaluate(() => (window as unknown as { restorePorts: () => void }).restorePorts());
  await screen.expectPhase('Presentation', 3, steps);
  await expect(screen.family()).toContainText(code);
});

test('locking Kehä in the chair’s view clears the room’s screen, which says what to do', async ({ page }) => {
  test.setTimeout(90_000);
  const { app, run } = await startDemoMeeting(page);
  const screen = await SharedScreenPage.openFrom(page, 'en');
  await run.advance(2);
  await screen.expectPhase('Presentation', 3, steps);
  const code = (await run.familyCard().locator('.run-family-code').textContent())!.trim();
  await app.lock();
  await screen.expectClearedByLock();
  expect(await screen.text()).not.toContain(code);
});
