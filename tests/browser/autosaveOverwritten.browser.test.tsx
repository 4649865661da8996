// Covers useAutosave's notice when another window replaces a field's text, in real Chromium on real
// IndexedDB: two fields read the same stored team name through live queries and save through the
// repository, as two windows of the app do. The window whose text was replaced says so beside the
// field and can put its text back; text only added to, with nothing lost, tells nobody.
import { expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { validateTeamName } from '../../shared/team/member';
import { useSession } from '../../renderer/src/db/sessionContext';
import { AutosaveField } from '../../renderer/src/components/AutosaveField';
import { useTeam } from '../../renderer/src/db/hooks';
import { readTeam, saveTeamName } from '../../renderer/src/db/repositories/teamRepository';
import { browserWorld } from './support';

const world = browserWorld({ prefix: 'keha-autosave-overwritten' });

function Window({ name }: { name: string }) {
  const session = useSession();
  const team = useTeam();
  return (
    <section aria-label={name}>
      {team && (
        <AutosaveField
          label="Team name"
          help={null}
          multiline={false}
          className=""
          stored={team.name}
          validate={validateTeamName}
          save={(value) => saveTeamName(session, value)}
          explainError={() => null}
        />
      )}
      <button type="button">Elsewhere in {name}</button>
    </section>
  );
}

async function replaceText(window: string, text: string) {
  const field = page.getByRole('region', { name: window }).getByLabelText('Team name');
  await userEvent.clear(field);
  await userEvent.type(field, text);
  await userEvent.click(page.getByRole('button', { name: `Elsewhere in ${window}` }));
  await expect.element(page.getByRole('region', { name: window }).getByText('Saved')).toBeVisible();
}

it('tells the window whose text another window replaced, and lets it put its text back', async () => {
  await world.render(
    <>
      <Window name="First window" />
      <Window name="Second window" />
    </>,
  );
  const first = page.getByRole('region', { name: 'First window' });
  const second = page.getByRole('region', { name: 'Second window' });

  await replaceText('First window', 'Kaari team north');
  await expect.element(second.getByLabelText('Team name')).toHaveValue('Kaari team north');
  await replaceText('Second window', 'Lakeside team');
  await expect.element(first.getByLabelText('Team name')).toHaveValue('Lakeside team');

  const notice = first.getByRole('status').filter({ hasText: '“Team name” was changed in another window.' });
  await expect.element(notice).toBeVisible();
  await expect.element(notice.getByRole('blockquote')).toHaveTextContent('Kaari team north');
  await expect.element(second.getByText('was changed in another window')).not.toBeInTheDocument();

  // Put back: the first window's text is stored again, and now the second window is told.
  await notice.getByRole('button', { name: 'Put this text back' }).click();
  await expect.element(first.getByLabelText('Team name')).toHaveValue('Kaari team north');
  await expect.poll(async () => (await readTeam(world.session)).name).toBe('Kaari team north');
  await expect.element(first.getByText('was changed in another window')).not.toBeInTheDocument();
  const told = second.getByRole('status').filter({ hasText: 'was changed in another window' });
  await expect.element(told.getByRole('blockquote')).toHaveTextContent('Lakeside team');
  await told.getByRole('button', { name: 'Keep the other window’s text' }).click();
  await expect.element(second.getByText('was changed in another window')).not.toBeInTheDocument();
  await expect.element(second.getByLabelText('Team name')).toHaveValue('Kaari team north');
});

it('tells nobody when the other window only added to the text', async () => {
  await world.render(
    <>
      <Window name="First window" />
      <Window name="Second window" />
    </>,
  );
  await replaceText('First window', 'Kaari');
  await expect.element(page.getByRole('region', { name: 'Second window' }).getByLabelText('Team name')).toHaveValue('Kaari');
  await replaceText('Second window', 'Kaari team north');
  await expect.element(page.getByRole('region', { name: 'First window' }).getByLabelText('Team name')).toHaveValue('Kaari team north');
  await expect.element(page.getByText('was changed in another window')).not.toBeInTheDocument();
});

it('tells the window also when its text was stored tidied (trimmed) before the other window replaced it', async () => {
  await world.render(
    <>
      <Window name="First window" />
      <Window name="Second window" />
    </>,
  );
  await replaceText('First window', 'Kaari team north   ');
  await expect.poll(async () => (await readTeam(world.session)).name).toBe('Kaari team north');
  await expect.element(page.getByRole('region', { name: 'Second window' }).getByLabelText('Team name')).toHaveValue('Kaari team north');
  await replaceText('Second window', 'Lakeside team');
  const notice = page.getByRole('region', { name: 'First window' }).getByRole('status').filter({ hasText: 'was changed in another window' });
  await expect.element(notice.getByRole('blockquote')).toHaveTextContent('Kaari team north');
});
