// The family's genogram in a deep dive's presentation phase (the chair's view): the drawing as it
// stands, the same content as a list, a place for the control that puts it on the room's screen,
// and a way to the whole genogram screen, where it is edited.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Family } from '../../../shared/family/family';
import { withFamilyChildren } from '../../../shared/genogram/genogram';
import { layoutGenogram } from '../../../shared/genogram/layout';
import { routeHref } from '../app/router';
import { useGenogramIfReadable } from '../db/genogramHooks';
import { GenogramDrawing } from './GenogramDrawing';
import { GenogramList } from './GenogramList';
import './genogram.css';

export function GenogramPanel({ family, roomToggle }: { family: Family; roomToggle?: ReactNode }) {
  const { t } = useTranslation();
  const record = useGenogramIfReadable(family.id);
  const genogram = useMemo(() => (record && record !== 'unreadable' ? withFamilyChildren(record, family.children) : null), [record, family.children]);
  const layout = useMemo(() => (genogram ? layoutGenogram(genogram) : null), [genogram]);
  if (record === undefined) return null;
  const people = genogram?.people.length ?? 0;
  return (
    <section className="run-panel gg-panel" aria-labelledby="run-genogram-heading">
      <div className="run-panel-head">
        <h2 id="run-genogram-heading">{t('genogram.screen.title')}</h2>
        {roomToggle}
      </div>
      {genogram && layout && people > 0 ? (
        <>
          <p className="muted">{t('genogram.panel.count', { count: people })}</p>
          <div className="gg-panel-drawing">
            <GenogramDrawing genogram={genogram} layout={layout} label={t('genogram.drawing.label', { code: family.code, count: people })} idPrefix="gg-panel" size="fit" />
          </div>
          <details className="gg-panel-list">
            <summary>{t('genogram.panel.list')}</summary>
            <GenogramList genogram={genogram} idPrefix="gg-panel-list" />
          </details>
        </>
      ) : (
        <p className="empty" role={record === 'unreadable' ? 'alert' : undefined}>
          {t(record === 'unreadable' ? 'genogram.panel.unreadable' : 'genogram.panel.empty')}
        </p>
      )}
      <div className="run-panel-actions">
        <a href={routeHref({ name: 'genogram', familyId: family.id })}>{t('genogram.panel.open')}</a>
      </div>
    </section>
  );
}
