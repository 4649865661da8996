// What the team has captured in the current phase, as the shared screen shows it: each capture
// tool's section that the message carries (tools/toolViews.tsx gives every tool's section, in the
// order drawn: the quick round, the risk round, hypotheses, actions and questions for the family,
// the agenda and what was agreed, the method templates, the care-period goals), then the phase's
// notes. Pure rendering of the message the chair's window sent; nothing here reads the database.
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomView } from '../../../../shared/meeting/roomView';
import { toolEntry } from '../../../../shared/meeting/tools/registry';
import { roomOrder, toolViews } from '../tools/toolViews';

type AnySection = ComponentType<{ section: unknown; view: RoomView }>;

export function SharedScreenCapture({ view }: { view: RoomView }) {
  const { t } = useTranslation();
  return (
    <div className="shared-screen-capture">
      {roomOrder.map((tool) => {
        const room = toolEntry(tool).room;
        const section = room ? (view as unknown as Record<string, unknown>)[room.key] : null;
        const RoomSection = toolViews[tool].RoomSection as AnySection | undefined;
        return section !== null && section !== undefined && RoomSection ? <RoomSection key={tool} section={section} view={view} /> : null;
      })}

      {view.notes.trim() && (
        <section aria-labelledby="screen-notes">
          <h2 id="screen-notes">{t('record.screen.notes')}</h2>
          <p className="shared-screen-notes">{view.notes.trim()}</p>
        </section>
      )}
    </div>
  );
}
