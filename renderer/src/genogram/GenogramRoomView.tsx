// The genogram on the room's shared screen: drawn large from what the room may see of it
// (shared/genogram/room.ts: no team notes, ids replaced by positions), with its legend.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutGenogram } from '../../../shared/genogram/layout';
import { roomGenogramAsGenogram, type RoomGenogram } from '../../../shared/genogram/room';
import { GenogramDrawing } from './GenogramDrawing';
import { GenogramLegend } from './GenogramLegend';
import './genogram.css';

export function GenogramRoomView({ genogram: room, code }: { genogram: RoomGenogram; code: string }) {
  const { t } = useTranslation();
  const genogram = useMemo(() => roomGenogramAsGenogram(room), [room]);
  const layout = useMemo(() => layoutGenogram(genogram), [genogram]);
  return (
    <section aria-labelledby="screen-genogram" className="shared-screen-genogram">
      <h2 id="screen-genogram">{t('genogram.screen.title')}</h2>
      {genogram.people.length === 0 ? (
        <p className="empty">{t('genogram.panel.empty')}</p>
      ) : (
        <>
          <GenogramDrawing genogram={genogram} layout={layout} label={t('genogram.room.label', { code })} idPrefix="gg-room" size="fit" />
          <GenogramLegend idPrefix="gg-room" />
        </>
      )}
    </section>
  );
}
