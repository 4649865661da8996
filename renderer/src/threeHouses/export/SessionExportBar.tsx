// Export and print of one three-houses session for an audience the worker chooses (parents, team,
// network, court): copy as text, Markdown, print or save as PDF, in the user's language, through
// the shared export bar (renderer/src/components/document/). The document is built from viewForAudience only, from the
// session as stored now (the prop is live), so an audience without the child's consent gets a
// document saying only that, and a consent withdrawn after an export holds for the next one.
// The print copy is put straight into <body> and is the only thing printed while this bar is shown.
import { useId, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { viewForAudience } from '../../../../shared/threeHouses/consent';
import { audiences, type Audience } from '../../../../shared/threeHouses/session';
import { buildThreeHousesDocumentParts, documentOfParts } from '../../../../shared/threeHouses/threeHousesDocument';
import { useSession } from '../../db/sessionContext';
import { useRecordFormat } from '../../components/document/recordFormat';
import { RecordExportBar } from '../../components/document/RecordExportBar';
import type { ThreeHousesSessionRecord } from '../../db/commands/threeHousesCommands';
import { ConsentWithheld } from '../HousesView';
import { localDay } from '../sessionFormat';
import { ThreeHousesPrintView } from './ThreeHousesPrintView';
import './export.css';

type SessionExportBarProps = {
  session: ThreeHousesSessionRecord;
  /** The child as the family record has them; null when since removed from the family (the sessions are kept). */
  child: { id: string; pseudonym: string; birthYear: number | null } | null;
  familyCode: string;
};

const fileSafe = (text: string) => text.replace(/[^\p{L}\p{N}-]+/gu, '-');

export function SessionExportBar({ session, child, familyCode }: SessionExportBarProps) {
  const { t } = useTranslation();
  const format = useRecordFormat();
  const appSession = useSession();
  const id = useId().replace(/:/g, '');
  // Starts on the first audience the child has said yes to, so the first export is not an empty one.
  const [audience, setAudience] = useState<Audience>(() => audiences.find((entry) => session.consent[entry].state === 'given') ?? 'parents');
  const madeOn = localDay(appSession.now());

  const name = child ? child.pseudonym.trim() || '?' : t('threeHouses.compare.childRemoved');
  const birthYear = child?.birthYear ?? null;
  const parts = useMemo(
    () => buildThreeHousesDocumentParts({ view: viewForAudience(session, audience), child: { pseudonym: name, birthYear }, familyCode, madeOn }, format),
    [session, audience, name, birthYear, familyCode, madeOn, format],
  );
  const document = useMemo(() => documentOfParts(parts), [parts]);
  const view = viewForAudience(session, audience);
  const subject = t('threeHouses.export.subject', { name, forAudience: t(`threeHouses.export.forAudience.${audience}`) });
  const fileBase = fileSafe(
    t('threeHouses.export.fileName', { code: familyCode, audience: t(`threeHouses.audience.${audience}`).toLowerCase(), date: madeOn }),
  );

  return (
    <>
      <section className="three-houses-export no-print" aria-labelledby={`${id}-heading`} data-testid="session-export">
        <h2 id={`${id}-heading`}>{t('threeHouses.export.heading')}</h2>
        <fieldset aria-describedby={`${id}-help`}>
          <legend>{t('threeHouses.export.audience')}</legend>
          <p className="help" id={`${id}-help`}>
            {t('threeHouses.export.audienceHelp')}
          </p>
          <div className="three-houses-audiences">
            {audiences.map((entry) => (
              <label key={entry}>
                <input type="radio" name={`${id}-audience`} value={entry} checked={audience === entry} onChange={() => setAudience(entry)} />
                <span>
                  {t(`threeHouses.audience.${entry}`)}{' '}
                  <span className="three-houses-audience-state">({t(`threeHouses.consentState.${session.consent[entry].state}`)})</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {!view.allowed && <ConsentWithheld audience={view.audience} reason={view.reason} />}
        <RecordExportBar document={document} fileBase={fileBase} subject={subject} familyCode={familyCode} />
        <details className="three-houses-preview">
          <summary>{t('threeHouses.export.preview')}</summary>
          <ThreeHousesPrintView parts={parts} id={`${id}-preview`} headingLevel={3} />
        </details>
      </section>
      {createPortal(
        <div className="three-houses-print-root" data-testid="three-houses-print">
          <ThreeHousesPrintView parts={parts} id={`${id}-print`} headingLevel={2} />
        </div>,
        window.document.body,
      )}
    </>
  );
}
