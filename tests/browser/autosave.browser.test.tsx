// Covers renderer/src/components/useAutosave.ts through AutosaveField in real Chromium: typing is
// saved after the delay, on blur, and one save at a time so an older draft never lands after a
// newer one (a blur during a slow save waits for it, then saves the newest text).
import { useState } from 'react';
import { expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { valid } from '../../shared/validation';
import { AutosaveField } from '../../renderer/src/components/AutosaveField';
import { screenWorld } from './support';

const world = screenWorld();

/** A store whose first write is slow (it resolves only when told), like a save stuck behind a busy disk. */
function slowFirstStore() {
  const writes: string[] = [];
  let releaseFirst!: () => void;
  const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
  let started = 0;
  let stored = '';
  const save = async (value: string) => {
    started += 1;
    if (started === 1) await firstHeld;
    writes.push(value);
    stored = value;
  };
  return { save, writes, releaseFirst, started: () => started, stored: () => stored };
}

function Field({ save }: { save: (value: string) => Promise<void> }) {
  const [stored] = useState('');
  return (
    <AutosaveField
      label="Notes"
      help={null}
      multiline={false}
      className=""
      stored={stored}
      validate={(draft) => valid(draft)}
      save={save}
      explainError={() => null}
    />
  );
}

it('a blur during a slow save waits for it, then saves the newest text: the last write is what was typed last', async () => {
  const store = slowFirstStore();
  world.render(
    <>
      <Field save={store.save} />
      <button type="button">elsewhere</button>
    </>,
  );
  const field = page.getByLabelText('Notes');
  await userEvent.type(field, 'first');
  await userEvent.click(page.getByRole('button', { name: 'elsewhere' }));
  await expect.poll(store.started).toBe(1);

  await userEvent.type(field, ' and second');
  await userEvent.click(page.getByRole('button', { name: 'elsewhere' }));
  // The second save must not start while the first is still running.
  await new Promise((resolve) => setTimeout(resolve, 700));
  expect(store.started()).toBe(1);

  store.releaseFirst();
  await expect.poll(() => store.writes).toEqual(['first', 'first and second']);
  expect(store.stored()).toBe('first and second');
  await expect.element(page.getByText('Saved')).toBeVisible();
});

it('saves about half a second after typing stops, without leaving the field', async () => {
  const writes: string[] = [];
  world.render(<Field save={async (value) => void writes.push(value)} />);
  await userEvent.type(page.getByLabelText('Notes'), 'kept');
  await expect.poll(() => writes, { timeout: 3000 }).toEqual(['kept']);
});
