// The offer to load a fictional demonstration team in an empty install, and the banner that
// marks demonstration data while it exists, with its removal: confirmed with what it takes, undoable.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/sessionContext';
import { storageErrorText } from '../app/storageErrors';
import {
  countDemoData,
  loadDemoTeam,
  removeDemoData,
  restoreDemoData,
  type DemoDataCounts,
} from '../db/repositories/demoRepository';
import { ConfirmDialog } from './ConfirmDialog';
import { noteActivity } from '../db/repositories/activityRepository';
import { useNotify } from './Notifications';

export function DemoOffer() {
  const { t } = useTranslation();
  const session = useSession();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  return (
    <section className="card demo-offer" aria-labelledby="demo-offer-title">
      <h2 id="demo-offer-title">{t('demo.offerTitle')}</h2>
      <p>{t('demo.offerBody')}</p>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await loadDemoTeam(session);
            noteActivity(session.db, 'demoLoaded');
            notify({ message: (t) => t('demo.loaded') });
          } catch (error) {
            notify({ message: (t) => storageErrorText(error, t) });
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('demo.load')}
      </button>
    </section>
  );
}

/** The kinds of rows the confirmation counts, in the order it lists them, each with its text. */
const countedKinds = [
  ['families', 'demo.removeFamilies'],
  ['members', 'demo.removeMembers'],
  ['meetings', 'demo.removeMeetings'],
  ['hypotheses', 'demo.removeHypotheses'],
  ['actions', 'demo.removeActions'],
  ['riskRounds', 'demo.removeRiskRounds'],
  ['notes', 'demo.removeNotes'],
  ['timelineEvents', 'demo.removeTimelineEvents'],
  ['threeHousesSessions', 'demo.removeThreeHouses'],
  ['networkMaps', 'networkMap.demo.remove'],
  ['carePeriods', 'demo.removeCarePeriods'],
] as const satisfies readonly (readonly [keyof DemoDataCounts, string])[];

export function DemoBanner() {
  const { t } = useTranslation();
  const session = useSession();
  const notify = useNotify();
  // What removal would take, counted when the user asks to remove; the dialog is open while set.
  const [counts, setCounts] = useState<DemoDataCounts | null>(null);
  const report = (error: unknown) => notify({ message: (t) => storageErrorText(error, t) });

  async function remove() {
    setCounts(null);
    try {
      const removed = await removeDemoData(session);
      noteActivity(session.db, 'demoRemoved');
      notify({
        message: (t) => t('demo.removed'),
        action: {
          label: (t) => t('demo.undo'),
          run: async () => {
            try {
              await restoreDemoData(session, removed);
              noteActivity(session.db, 'demoLoaded');
              notify({ message: (t) => t('demo.restored') });
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
    <div className="demo-banner">
      <p>{t('demo.banner')}</p>
      <button
        type="button"
        className="button"
        onClick={async () => {
          try {
            setCounts(await countDemoData(session));
          } catch (error) {
            report(error);
          }
        }}
      >
        {t('demo.remove')}
      </button>
      <ConfirmDialog
        isOpen={counts !== null}
        title={t('demo.removeTitle')}
        body={t('demo.removeIntro')}
        confirmLabel={t('demo.removeConfirm')}
        onCancel={() => setCounts(null)}
        onConfirm={() => void remove()}
      >
        {counts && (
          <>
            <ul className="demo-removal-counts">
              {countedKinds
                .filter(([kind]) => counts[kind] > 0)
                .map(([kind, key]) => (
                  <li key={kind}>{t(key, { count: counts[kind] })}</li>
                ))}
            </ul>
            {counts.keptMeetings > 0 && <p>{t('demo.removeKeptMeetings', { count: counts.keptMeetings })}</p>}
            <p>{t('demo.removeRealUntouched')}</p>
          </>
        )}
      </ConfirmDialog>
    </div>
  );
}
