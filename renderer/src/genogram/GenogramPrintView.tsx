// The genogram as a printed document (or PDF), landscape, in the current language: its title, when
// it was printed, the drawing fitted to the page width, the legend, and the same content as a list.
import { useTranslation } from 'react-i18next';
import type { Genogram } from '../../../shared/genogram/genogram';
import type { GenogramLayout } from '../../../shared/genogram/layout';
import { PrintFrame } from '../components/PrintFrame';
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
    <PrintFrame
      prefix="gg"
      titleId="genogram-print-title"
      title={title}
      code={code}
      printAgainLabel={t('genogram.screen.printAgain')}
      closeLabel={t('genogram.screen.closePrint')}
      onPrint={onPrint}
      onClose={onClose}
      headerClassName="gg-print-header"
      intro={
        <p>{t('genogram.print.printed', { date: formatDate(now.toISOString(), language, 'long') })}</p>
      }
    >
      <div className="gg-print-drawing">
        <GenogramDrawing genogram={genogram} layout={layout} label={t('genogram.drawing.label', { code, count: genogram.people.length })} idPrefix="gg-print" size="fit" />
      </div>
      <GenogramLegend idPrefix="gg-print" />
      <GenogramList genogram={genogram} idPrefix="gg-print-list" />
    </PrintFrame>
  );
}
