// The offer to load a fictional demonstration team in an empty install, and the banner that
// marks demonstration data while it exists, with its removal: confirmed with what it takes, undoable.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';
import { useNotify } from './Notifications';
import { useDemoCommands, type DemoDataCounts } from '../db/commands/demoCommands';

export function DemoOffer() {
  const { t } = useTranslation();
  const commands = useDemoCommands();
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
            await commands.loadDemoTeam.orThrow();
            void commands.noteActivity.orThrow('demoLoaded');
            notify({ message: (t) => t('demo.loaded') });
          } catch (error) {
            commands.report(error);
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
  ['genograms', 'genogram.demo.remove'],
  ['quickRoundLines', 'quickRound.demo.remove'],
  ['carePeriods', 'demo.removeCarePeriods'],
] as const satisfies readonly (readonly [keyof DemoDataCounts, string])[];

export function DemoBanner() {
  const { t } = useTranslation();
  const commands = useDemoCommands();
  const notify = useNotify();
  // What removal would take, counted when the user asks to remove; the dialog is open while set.
  const [counts, setCounts] = useState<DemoDataCounts | null>(null);
  const report = commands.report;

  async function remove() {
    setCounts(null);
    try {
      const removed = await commands.removeDemoData.orThrow();
      void commands.noteActivity.orThrow('demoRemoved');
      commands.done((t) => t('demo.removed'), {
        undo: async () => {
          if (!(await commands.removeDemoData.undo(removed))) return;
          void commands.noteActivity.orThrow('demoLoaded');
          notify({ message: (t) => t('demo.restored') });
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
            setCounts(await commands.countDemoData.orThrow());
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
