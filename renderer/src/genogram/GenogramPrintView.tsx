// The genogram as a printed document (or PDF), landscape, in the current language: its title, when
// it was printed, the drawing fitted to the page width, the legend, and the same content as a list.
import { useTranslation } from 'react-i18next';
import type { Genogram } from '../../../shared/genogram/genogram';
import type { GenogramLayout } from '../../../shared/genogram/layout';
import { TextWithCode } from '../components/TextWithCode';
import { formatDate, useLanguage } from '../i18n/i18n';
import { GenogramDrawing } from './GenogramDrawing';
import { GenogramLegend } from './GenogramLegend';
import { GenogramList } from './GenogramList';

type GenogramPrintViewProps = {
  code: string;
  genogram: Genogram;
  layout: GenogramLayout;
  now: Date;
  onPrint: () => void;
  onClose: () => void;
};

export function GenogramPrintView({ code, genogram, layout, now, onPrint, onClose }: GenogramPrintViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = t('genogram.print.title', { code });
  return (
    <section className="gg-print" aria-labelledby="genogram-print-title" lang={language}>
      <div className="gg-print-bar no-print">
        <button type="button" className="button primary" onClick={onPrint}>
          {t('genogram.screen.printAgain')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('genogram.screen.closePrint')}
        </button>
      </div>
      <header className="gg-print-header">
        <h2 id="genogram-print-title">
          <TextWithCode text={title} code={code} />
        </h2>
        <p>{t('genogram.print.printed', { date: formatDate(now.toISOString(), language, 'long') })}</p>
      </header>
      <div className="gg-print-drawing">
        <GenogramDrawing genogram={genogram} layout={layout} label={t('genogram.drawing.label', { code, count: genogram.people.length })} idPrefix="gg-print" size="fit" />
      </div>
      <GenogramLegend idPrefix="gg-print" />
      <GenogramList genogram={genogram} idPrefix="gg-print-list" />
    </section>
  );
}
