// Covers renderer/src/components/Notifications.tsx in real Chromium: a plain message goes after a
// while, one offering Undo stays until dismissed or replaced, and Alt+U takes the focus to its
// action from anywhere on the page.
import { afterEach, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { useNotify } from '../../renderer/src/components/Notifications';
import { browserWorld } from './support';

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
