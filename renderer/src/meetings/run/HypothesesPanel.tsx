// Hypotheses in the hypothesising phase: the family's earlier open hypotheses first, for review
// (strengthened / weakened / dropped, with undo); then this meeting's hypotheses for the family,
// and a form to add one (wording with tentative starters, the proposer's role), saved at once.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyCard, validateHypothesisWording, type Hypothesis, type HypothesisStatus } from '../../../../shared/hypothesis/hypothesis';
import { phaseRoles, type PhaseRole } from '../../../../shared/meeting/template';
import { useSession } from '../../app/sessionContext';
import { storageErrorText } from '../../app/storageErrors';
import { useNotify } from '../../components/Notifications';
import { TextField } from '../../components/TextField';
import { useFamilyHypotheses } from '../../db/hypothesisHooks';
import { createHypothesis, deleteHypothesis, restoreHypothesis, reviseHypothesis } from '../../db/repositories/hypothesisRepository';
import { formatDate, useIssueText, useLanguage } from '../../i18n/i18n';
import { roleLabel } from './roleLabel';

export const hypothesisFieldId = 'run-hypothesis-wording';
const reviewStatuses: readonly HypothesisStatus[] = ['strengthened', 'weakened', 'dropped'];
const starters = ['starter1', 'starter2', 'starter3'] as const;

export function HypothesesPanel({ meetingId, familyId }: { meetingId: string; familyId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const notify = useNotify();
  const all = useFamilyHypotheses(familyId);
  const report = (error: unknown) => notify({ message: (t) => storageErrorText(error, t) });
  if (!all) return null;
  const earlier = all.filter((entry) => entry.meetingId !== meetingId && entry.status === 'open');
  const ours = all.filter((entry) => entry.meetingId === meetingId);

  async function review(hypothesis: Hypothesis, status: HypothesisStatus) {
    try {
      await reviseHypothesis(session, hypothesis.id, { status }, { meetingId });
      // The reviewed hypothesis leaves the list; keep the keyboard in the panel.
      document.getElementById(hypothesisFieldId)?.focus();
      notify({
        message: (t) => t('run.hypotheses.statusChanged', { status: t(`run.hypotheses.${status}`).toLowerCase() }),
        action: {
          label: (t) => t('run.hypotheses.undo'),
          run: () => reviseHypothesis(session, hypothesis.id, { status: hypothesis.status }, { meetingId }).catch(report),
        },
      });
    } catch (error) {
      report(error);
    }
  }

  async function remove(hypothesis: Hypothesis) {
    try {
      const row = await deleteHypothesis(session, hypothesis.id);
      document.getElementById(hypothesisFieldId)?.focus();
      if (!row) return;
      notify({
        message: (t) => t('run.hypotheses.deleted'),
        action: {
          label: (t) => t('run.hypotheses.undo'),
          run: async () => {
            try {
              await restoreHypothesis(session, row);
              notify({ message: (t) => t('run.hypotheses.restored') });
            } catch (error) {
              report(error);
            }
          },
        },
      });
    } catch (error) {
      report(error);
    }
  }

  return (
    <section className="run-panel run-hypotheses" aria-labelledby="run-hypotheses-heading">
      <h2 id="run-hypotheses-heading">{t('run.hypotheses.heading')}</h2>
      {earlier.length > 0 && (
        <section className="run-review" aria-labelledby="run-review-heading">
          <h3 id="run-review-heading">{t('run.hypotheses.review')}</h3>
          <p className="help">{t('run.hypotheses.reviewHelp')}</p>
          <ul className="run-list">
            {earlier.map((hypothesis) => (
              <li key={hypothesis.id} className="run-item">
                <p className="run-item-text">{hypothesis.wording}</p>
                <p className="run-item-meta">
                  {t('run.hypotheses.fromMeeting', { date: formatDate(hypothesis.createdAt, language, 'short') })}
                  {hypothesis.proposers[0]?.role && <> · {t('run.hypotheses.proposedBy', { role: roleLabel(t, hypothesis.proposers[0].role) })}</>}
                </p>
                <div className="run-item-buttons">
                  {reviewStatuses.map((status) => (
                    <button
                      key={status}
                      type="button"
                      className="button"
                      aria-label={t('run.hypotheses.markAs', { status: t(`run.hypotheses.${status}`).toLowerCase(), wording: hypothesis.wording })}
                      onClick={() => void review(hypothesis, status)}
                    >
                      {t(`run.hypotheses.${status}`)}
                    </button>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h3>{t('run.hypotheses.thisMeeting')}</h3>
      {ours.length === 0 ? (
        <p className="empty">{t('run.hypotheses.none')}</p>
      ) : (
        <ul className="run-list run-our-hypotheses">
          {ours.map((hypothesis) => (
            <li key={hypothesis.id} className="run-item">
              <p className="run-item-text">{hypothesis.wording}</p>
              <p className="run-item-meta">
                {t('run.hypotheses.status', { status: t(`run.hypotheses.${hypothesis.status}`) })}
                {hypothesis.proposers[0]?.role && <> · {t('run.hypotheses.proposedBy', { role: roleLabel(t, hypothesis.proposers[0].role) })}</>}
              </p>
              <div className="run-item-buttons">
                <button
                  type="button"
                  className="button quiet"
                  aria-label={t('run.hypotheses.delete', { wording: hypothesis.wording })}
                  onClick={() => void remove(hypothesis)}
                >
                  {t('run.deleteButton')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <NewHypothesisForm meetingId={meetingId} familyId={familyId} />
    </section>
  );
}

function NewHypothesisForm({ meetingId, familyId }: { meetingId: string; familyId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const notify = useNotify();
  const issueText = useIssueText();
  const [wording, setWording] = useState('');
  const [proposer, setProposer] = useState<PhaseRole | ''>('');
  const [error, setError] = useState<string | null>(null);

  function insertStarter(starter: string) {
    const base = starter.replace(/…$/, '').trimEnd();
    setWording((current) => (current.trim() === '' ? `${base} ` : `${current.trimEnd()} ${base} `));
    setError(null);
    document.getElementById(hypothesisFieldId)?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateHypothesisWording(wording);
    if (!checked.ok) {
      setError(issueText(checked.issue));
      document.getElementById(hypothesisFieldId)?.focus();
      return;
    }
    try {
      const card = { ...emptyCard(checked.value), proposers: proposer === '' ? [] : [{ role: proposer, name: '' }] };
      await createHypothesis(session, { card, familyId, meetingId });
      setWording('');
      setError(null);
      notify({ message: (t) => t('run.hypotheses.added') });
      document.getElementById(hypothesisFieldId)?.focus();
    } catch (caught) {
      notify({ message: (t) => storageErrorText(caught, t) });
    }
  }

  return (
    <form className="run-form" onSubmit={(event) => void submit(event)} aria-label={t('run.hypotheses.add')}>
      <TextField
        id={hypothesisFieldId}
        label={t('run.hypotheses.wording')}
        value={wording}
        onChange={(value) => {
          setWording(value);
          if (error) setError(null);
        }}
        help={t('run.hypotheses.wordingHelp')}
        error={error}
        multiline
        className="run-hypothesis-field"
      />
      <div className="run-starters" role="group" aria-label={t('run.hypotheses.starters')}>
        <span className="run-label">{t('run.hypotheses.starters')}:</span>
        {starters.map((key) => (
          <button
            key={key}
            type="button"
            className="button run-starter"
            aria-label={t('run.hypotheses.useStarter', { starter: t(`run.hypotheses.${key}`) })}
            onClick={() => insertStarter(t(`run.hypotheses.${key}`))}
          >
            {t(`run.hypotheses.${key}`)}
          </button>
        ))}
      </div>
      <div className="run-form-row">
        <div className="field">
          <label htmlFor="run-hypothesis-proposer">{t('run.hypotheses.proposer')}</label>
          <select id="run-hypothesis-proposer" value={proposer} onChange={(event) => setProposer(event.target.value as PhaseRole | '')}>
            <option value="">{t('run.hypotheses.proposerNone')}</option>
            {phaseRoles.map((role) => (
              <option key={role} value={role}>
                {roleLabel(t, role)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button primary">
          {t('run.hypotheses.add')}
        </button>
      </div>
    </form>
  );
}
