// Covers renderer/src/components/Notifications.tsx in real Chromium: a plain message goes by itself
// after a few seconds and when the user moves to another screen, one offering Undo stays until
// dismissed or replaced, Alt+U takes the focus to its action from anywhere on the page, and the
// message has its own room below the screen instead of lying over it.
import { useEffect, useState } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { NotificationsProvider, useNotify } from '../../renderer/src/components/Notifications';
import { browserWorld } from './support';
import '../../renderer/src/styles.css';
import { contentUnder } from '../support/contentUnder';

const world = browserWorld({ prefix: 'keha-notifications' });

afterEach(() => {
  vi.useRealTimers();
});

function Actions({ onUndo }: { onUndo: () => void }) {
  const notify = useNotify();
  return (
    <div>
      <button type="button" onClick={() => notify({ message: () => 'Family ABC-123 was deleted.', action: { label: () => 'Undo', run: onUndo } })}>
        Delete
      </button>
      <button type="button" onClick={() => notify({ message: () => 'Saved.' })}>
        Save
      </button>
      <button
        type="button"
        onClick={() => {
          window.location.hash = '#/families';
          notify({ message: () => 'Meeting planned.' });
        }}
      >
        Plan
      </button>
      <button
        type="button"
        onClick={() => {
          notify({ message: () => 'Session started.' });
          window.location.hash = '#/meetings';
        }}
      >
        Start
      </button>
      <button
        type="button"
        onClick={async () => {
          await new Promise((resolve) => setTimeout(resolve, 10));
          window.location.hash = '#/templates';
          notify({ message: () => 'Template copied.' });
        }}
      >
        Copy template
      </button>
      <button
        type="button"
        onClick={async () => {
          await new Promise((resolve) => setTimeout(resolve, 10));
          notify({ message: () => 'Session created.' });
          window.location.hash = '#/families/x';
        }}
      >
        New session
      </button>
      <a href="#/team">Team</a>
      <input aria-label="Elsewhere" />
    </div>
  );
}

it('keeps a message that offers Undo until it is used, and Alt+U reaches it from anywhere', async () => {
  const undone = vi.fn();
  await world.render(<Actions onUndo={undone} />);
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect.element(page.getByText('Family ABC-123 was deleted.')).toBeVisible();
  await vi.advanceTimersByTimeAsync(60_000);
  await expect.element(page.getByText('Family ABC-123 was deleted.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Elsewhere' }).click();
  await userEvent.keyboard('{Alt>}u{/Alt}');
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect.element(undo).toHaveFocus();
  await expect.element(undo).toHaveAttribute('aria-keyshortcuts', 'Alt+U');
  await userEvent.keyboard('{Enter}');
  expect(undone).toHaveBeenCalledTimes(1);
  await expect.element(page.getByText('Family ABC-123 was deleted.')).not.toBeInTheDocument();
});

it('lets a plain message go after a while, and Alt+U then does nothing', async () => {
  await world.render(<Actions onUndo={() => undefined} />);
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.element(page.getByText('Saved.')).toBeVisible();
  await vi.advanceTimersByTimeAsync(13_000);
  await expect.element(page.getByText('Saved.')).not.toBeInTheDocument();
  await page.getByRole('textbox', { name: 'Elsewhere' }).click();
  await userEvent.keyboard('{Alt>}u{/Alt}');
  await expect.element(page.getByRole('textbox', { name: 'Elsewhere' })).toHaveFocus();
});

it('lets a plain message go by itself within a few seconds', async () => {
  await world.render(<Actions onUndo={() => undefined} />);
  // The message's time runs on a fake clock, so "within a few seconds" does not depend on the machine's speed.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.element(page.getByText('Saved.')).toBeVisible();
  await vi.advanceTimersByTimeAsync(9_000);
  await expect.element(page.getByText('Saved.')).not.toBeInTheDocument();
});

it('drops a plain message when the user moves to another screen, but keeps one offering Undo', async () => {
  await world.render(<Actions onUndo={() => undefined} />);
  // The message's own time stands still (a fake clock nobody advances): only the move can take it.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.element(page.getByText('Saved.')).toBeVisible();
  await page.getByRole('link', { name: 'Team' }).click();
  await expect.element(page.getByText('Saved.')).not.toBeInTheDocument();

  await page.getByRole('button', { name: 'Delete' }).click();
  await expect.element(page.getByText('Family ABC-123 was deleted.')).toBeVisible();
  const moved = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  window.location.hash = '#/meetings';
  await moved;
  await expect.element(page.getByText('Family ABC-123 was deleted.')).toBeVisible();
  await userEvent.keyboard('{Alt>}u{/Alt}');
  await expect.element(page.getByRole('button', { name: 'Undo' })).toHaveFocus();
});

it('keeps a message about the screen the user has just been taken to', async () => {
  await world.render(<Actions onUndo={() => undefined} />);
  const moved = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  await page.getByRole('button', { name: 'Plan' }).click();
  await moved;
  await expect.element(page.getByText('Meeting planned.')).toBeVisible();

  const movedAgain = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  await page.getByRole('button', { name: 'Start' }).click();
  await movedAgain;
  await expect.element(page.getByText('Session started.')).toBeVisible();

  // The same after something awaited (a save) in the handler. `Where` shows the address after the
  // same hashchange event, in the same render as any dropping of the message.
  await world.render(
    <>
      <Actions onUndo={() => undefined} />
      <Where />
    </>,
  );
  for (const [button, text, address] of [
    ['Copy template', 'Template copied.', '#/templates'],
    ['New session', 'Session created.', '#/families/x'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    await expect.element(page.getByText(`Now at ${address}`)).toBeVisible();
    await expect.element(page.getByText(text)).toBeVisible();
  }
});

function Where() {
  const [address, setAddress] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setAddress(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return <p>Now at {address}</p>;
}

it('shows a message in its own room below the screen, over no control or text', async () => {
  await world.render(
    <NotificationsProvider fillsWindow>
      <Actions onUndo={() => undefined} />
      {Array.from({ length: 60 }, (_, index) => (
        <p key={index}>
          Paragraph {index} <button type="button">Edit {index}</button>
        </p>
      ))}
    </NotificationsProvider>,
  );
  await page.getByRole('button', { name: 'Delete' }).click();
  const message = page.getByText('Family ABC-123 was deleted.');
  await expect.element(message).toBeVisible();
  const region = message.element().closest('[role="status"]')!;
  const covered = contentUnder(region);
  expect(covered, covered.join('\n')).toEqual([]);
});
