// Who is using Kehä on this computer (docs/domain.md: The team on several computers). After unlock,
// when no active member is remembered here, a band under the header asks (choose an active member,
// or continue without one); the header names the member and reopens the band to change it. The band
// does not block the app: whoever is in a hurry just goes on, and the question waits in the header.
// The choice is kept on this computer only (the local settings), and names the member in the
// activity log and as the default "who proposed / who asked" of what is recorded here.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMembers } from '../db/hooks';
import { useThisComputerCommands } from '../db/commands/thisComputerCommands';
import { useThisComputer } from '../db/thisComputer';
import { useText } from '../i18n/keys';
import './thisComputer.css';

/** `auto`: shown while nobody is remembered here; `open`: opened from the header; `closed`: answered or put off. */
export type ThisComputerAsk = 'auto' | 'open' | 'closed';

const bandId = 'this-computer-ask';

/** The header's name of the member using this computer, a button that opens the band to change it. */
export function ThisComputerButton({ ask, setAsk }: { ask: ThisComputerAsk; setAsk: (ask: ThisComputerAsk) => void }) {
  const t = useText();
  const { memberId } = useThisComputer();
  const members = useMembers();
  const name = memberId ? members?.find((member) => member.id === memberId)?.name : undefined;
  const shown = useAskShown(ask);
  return (
    <button
      type="button"
      className="button quiet this-computer-button"
      aria-label={name ? t('together.computer.change', { name }) : t('together.computer.changeNobody')}
      aria-expanded={shown}
      aria-controls={shown ? bandId : undefined}
      data-testid="this-computer-button"
      onClick={() => setAsk(shown ? 'closed' : 'open')}
    >
      {name ? t('together.computer.usedBy', { name }) : t('together.computer.nobody')}
    </button>
  );
}

/** Whether the band shows: opened from the header, or nobody is remembered here and there is someone to choose. */
function useAskShown(ask: ThisComputerAsk): boolean {
  const { memberId } = useThisComputer();
  const members = useMembers();
  if (ask === 'open') return true;
  return ask === 'auto' && memberId === null && (members ?? []).some((member) => member.status === 'active');
}

/** The band that asks who is using this computer. */
export function ThisComputerAskBand({ ask, setAsk }: { ask: ThisComputerAsk; setAsk: (ask: ThisComputerAsk) => void }) {
  const shown = useAskShown(ask);
  return shown ? <AskForm opened={ask === 'open'} onDone={() => setAsk('closed')} /> : null;
}

function AskForm({ opened, onDone }: { opened: boolean; onDone: () => void }) {
  const t = useText();
  const id = useId();
  const { memberId } = useThisComputer();
  const members = useMembers();
  const commands = useThisComputerCommands();
  const [choice, setChoice] = useState(memberId ?? '');
  const [error, setError] = useState(false);
  const select = useRef<HTMLSelectElement>(null);
  const active = (members ?? []).filter((member) => member.status === 'active');

  // Opened from the header: into the choice (the automatic ask after unlock leaves focus where it is).
  useEffect(() => {
    if (opened) select.current?.focus();
  }, [opened]);

  /** Back to the header's button once the band goes. */
  function close() {
    onDone();
    window.setTimeout(() => document.querySelector<HTMLElement>('[data-testid="this-computer-button"]')?.focus());
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (choice === '') {
      setError(true);
      select.current?.focus();
      return;
    }
    const chosen = choice === 'nobody' ? null : choice;
    try {
      await commands.saveComputerMember.orThrow(chosen);
      const name = active.find((member) => member.id === chosen)?.name;
      commands.done((tr) => (name ? tr('together.computer.saved', { name }) : tr('together.computer.forgotten')));
      close();
    } catch (failure) {
      commands.report(failure);
    }
  }

  return (
    <section className="this-computer-ask" id={bandId} aria-labelledby={`${id}-title`}>
      <form onSubmit={(event) => void save(event)} noValidate>
        <h2 id={`${id}-title`}>{t('together.computer.askTitle')}</h2>
        <p className="help" id={`${id}-help`}>
          {t('together.computer.askHelp')}
        </p>
        <div className="this-computer-fields">
          <div className="field">
            <label htmlFor={`${id}-member`}>{t('together.computer.member')}</label>
            <select
              id={`${id}-member`}
              ref={select}
              value={choice}
              aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
              aria-invalid={error || undefined}
              onChange={(event) => {
                setChoice(event.target.value);
                setError(false);
              }}
            >
              <option value="">{t('together.computer.choose')}</option>
              {active.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
              {opened && <option value="nobody">{t('together.computer.forget')}</option>}
            </select>
            {error && (
              <p className="error" id={`${id}-error`}>
                {t('together.computer.chooseFirst')}
              </p>
            )}
          </div>
          <button type="submit" className="button primary">
            {opened ? t('together.computer.save') : t('together.computer.confirm')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('together.computer.skip')}
          </button>
        </div>
      </form>
    </section>
  );
}
