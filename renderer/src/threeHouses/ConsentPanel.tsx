// The child's consent per audience (parents, team, network, court): given, not given or not asked,
// each recorded answer dated the day it was recorded. Saved at once; exports and the shared screen
// read it through consent.ts viewForAudience, so a withdrawal holds from the next one on.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { valid } from '../../../shared/validation';
import { audiences, consentStates, setConsent, type Audience, type ConsentState } from '../../../shared/threeHouses/session';
import { useSession } from '../db/sessionContext';
import type { ThreeHousesSessionRecord } from '../db/commands/threeHousesCommands';
import { localDay, useDayFormat } from './sessionFormat';
import { useSessionEdit } from './useSessionEdit';

export function ConsentPanel({ record }: { record: ThreeHousesSessionRecord }) {
  const { t } = useTranslation();
  const session = useSession();
  const day = useDayFormat();
  const apply = useSessionEdit(record.id);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // The answer just chosen shows at once, while it is being saved (and goes back if saving fails).
  const [pending, setPending] = useState<Partial<Record<Audience, ConsentState>>>({});

  async function choose(audience: Audience, state: ConsentState) {
    setPending((current) => ({ ...current, [audience]: state }));
    const result = await apply((current) => valid(setConsent(current, audience, state, localDay(session.now()))));
    setPending((current) => ({ ...current, [audience]: undefined }));
    setProblem(result);
    setSaved(
      result === null
        ? t('threeHouses.desk.consentSaved', { audience: t(`threeHouses.audience.${audience}`), state: t(`threeHouses.consentState.${state}`).toLowerCase() })
        : null,
    );
  }

  return (
    <section className="card consent-panel" aria-labelledby="consent-heading">
      <h2 id="consent-heading">{t('threeHouses.consent.heading')}</h2>
      <div className="consent-grid">
        {audiences.map((audience) => {
          const consent = record.consent[audience];
          return (
            <fieldset key={audience} className={`consent-audience consent-${consent.state}`} data-audience={audience}>
              <legend>{t('threeHouses.desk.consentAudience', { audience: t(`threeHouses.audience.${audience}`) })}</legend>
              {consentStates.map((state) => (
                <label key={state} className="inline-check">
                  <input
                    type="radio"
                    name={`consent-${record.id}-${audience}`}
                    value={state}
                    checked={(pending[audience] ?? consent.state) === state}
                    onChange={() => void choose(audience, state)}
                  />
                  {state === 'given' ? '✓ ' : state === 'notGiven' ? '✗ ' : '? '}
                  {t(`threeHouses.consentState.${state}`)}
                </label>
              ))}
              <p className="help consent-recorded">{consent.state === 'notAsked' ? '\u00a0' : t('threeHouses.consent.recordedOn', { date: day(consent.recordedOn) })}</p>
            </fieldset>
          );
        })}
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <p className="save-status save-status-saved" role="status">
        {saved ?? ''}
      </p>
    </section>
  );
}
