// The frame every printed method shares (timeline, genogram, network map): a section in the current
// language with Print again / Close buttons that do not print, a header with the title (the family's
// code kept on one line) and a line about the print, then the method's own content. Each method keeps
// its own class prefix (`tl`, `gg`, `nm`) for its print stylesheet.
import type { ReactNode } from 'react';
import { useLanguage } from '../i18n/i18n';
import { TextWithCode } from './TextWithCode';

type PrintFrameProps = {
  /** The method's class prefix: the section is `<prefix>-print`, its button bar `<prefix>-print-bar`. */
  prefix: string;
  titleId: string;
  title: string;
  /** The family's pseudonym code as it appears in the title. */
  code: string;
  printAgainLabel: string;
  closeLabel: string;
  onPrint: () => void;
  onClose: () => void;
  /** The header's line under the title (when printed, and the like). */
  intro: ReactNode;
  headerClassName?: string;
  testId?: string;
  children: ReactNode;
};

export function PrintFrame({ prefix, titleId, title, code, printAgainLabel, closeLabel, onPrint, onClose, intro, headerClassName, testId, children }: PrintFrameProps) {
  const language = useLanguage();
  return (
    <section className={`${prefix}-print`} aria-labelledby={titleId} lang={language} data-testid={testId}>
      <div className={`${prefix}-print-bar no-print`}>
        <button type="button" className="button primary" onClick={onPrint}>
          {printAgainLabel}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      <header className={headerClassName}>
        <h2 id={titleId}>
          <TextWithCode text={title} code={code} />
        </h2>
        {intro}
      </header>
      {children}
    </section>
  );
}
