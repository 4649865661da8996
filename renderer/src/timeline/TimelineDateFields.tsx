// The date of a timeline event as the form asks for it: first how exactly the time is known (day,
// month, season, year, about a year), then only the parts that precision has: day, month and year
// as typed numbers (so "31.2." can be typed and gets a clear answer); a month by name; a season by
// name and a year; a year. Parts typed for another precision are kept while the user switches
// precision, but only the shown parts are checked and saved (see draftOf).
import { useTranslation } from 'react-i18next';
import { datePrecisions, seasons, type TimelineDateDraft } from '../../../shared/timeline/timelineDate';
import { monthNameKey, seasonNameKey } from '../../../shared/timeline/dateRange';
import type { ValidationIssue } from '../../../shared/validation';
import { useIssueText } from '../i18n/i18n';
import { TextInput } from '../components/TextField';

/** What the fields hold while the user types; precision '' means none chosen (for an end: no end). */
export type DateFieldsValue = { precision: string; day: string; month: string; year: string; season: string };
export type DatePart = 'precision' | 'day' | 'month' | 'season' | 'year';

export const emptyDateFields: DateFieldsValue = { precision: '', day: '', month: '', year: '', season: '' };

type TimelineDateFieldsProps = {
  idPrefix: string;
  legend: string;
  value: DateFieldsValue;
  onChange: (value: DateFieldsValue) => void;
  issue: ValidationIssue | null;
  /** For the end date: the empty choice means "no end". */
  optional: boolean;
  help?: string;
};

export function TimelineDateFields({ idPrefix, legend, value, onChange, issue, optional, help }: TimelineDateFieldsProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const id = (part: DatePart) => `${idPrefix}-${part}`;
  const errorId = `${idPrefix}-error`;
  const helpId = `${idPrefix}-help`;
  const bad = issue ? issuePart(issue.key, value.precision) : null;
  const set = (part: keyof DateFieldsValue, text: string) => onChange({ ...value, [part]: text });
  const control = (part: DatePart) => ({
    id: id(part),
    'aria-invalid': bad === part ? true : undefined,
    'aria-describedby': [bad === part ? errorId : null, part === 'precision' && help ? helpId : null].filter(Boolean).join(' ') || undefined,
  });
  const number = (part: 'day' | 'month' | 'year', className: string) => (
    <div className={`field tl-date-part ${className}`}>
      <label htmlFor={id(part)}>{t(`timeline.form.${part}`)}</label>
      <TextInput
        {...control(part)}
        inputMode="numeric"
        maxLength={part === 'year' ? 4 : 2}
        value={value[part]}
        onChange={(event) => set(part, event.target.value)}
      />
    </div>
  );
  const precision = value.precision;

  return (
    <fieldset className="tl-date-fields">
      <legend>{legend}</legend>
      <div className="tl-date-row">
        <div className="field tl-date-precision">
          <label htmlFor={id('precision')}>{t('timeline.form.precision')}</label>
          <select {...control('precision')} value={precision} onChange={(event) => set('precision', event.target.value)}>
            {optional ? <option value="">{t('timeline.form.noEnd')}</option> : precision === '' && <option value="">{t('timeline.form.choose')}</option>}
            {datePrecisions.map((entry) => (
              <option key={entry} value={entry}>
                {t(`timeline.precision.${entry}`)}
              </option>
            ))}
          </select>
        </div>
        {precision === 'day' && (
          <>
            {number('day', 'short')}
            {number('month', 'short')}
            {number('year', 'year')}
          </>
        )}
        {precision === 'month' && (
          <>
            <div className="field tl-date-part">
              <label htmlFor={id('month')}>{t('timeline.form.month')}</label>
              <select {...control('month')} value={value.month} onChange={(event) => set('month', event.target.value)}>
                <option value="">{t('timeline.form.choose')}</option>
                {Array.from({ length: 12 }, (_, index) => (
                  <option key={index + 1} value={String(index + 1)}>
                    {t(monthNameKey(index + 1))}
                  </option>
                ))}
              </select>
            </div>
            {number('year', 'year')}
          </>
        )}
        {precision === 'season' && (
          <>
            <div className="field tl-date-part">
              <label htmlFor={id('season')}>{t('timeline.form.season')}</label>
              <select {...control('season')} value={value.season} onChange={(event) => set('season', event.target.value)}>
                <option value="">{t('timeline.form.choose')}</option>
                {seasons.map((season) => (
                  <option key={season} value={season}>
                    {t(seasonNameKey(season))}
                  </option>
                ))}
              </select>
            </div>
            {number('year', 'year')}
          </>
        )}
        {(precision === 'year' || precision === 'about') && number('year', 'year')}
      </div>
      {(help || precision === 'season' || precision === 'about') && (
        <p className="help" id={helpId}>
          {[help, precision === 'season' ? t('timeline.precision.seasonHelp') : null, precision === 'about' ? t('timeline.precision.aboutHelp') : null]
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
      {issue && (
        <p className="error" id={errorId} role="alert">
          {issueText(issue)}
        </p>
      )}
    </fieldset>
  );
}

/** The draft the domain checks: only the parts the chosen precision shows (see the file comment). */
export function draftOf(value: DateFieldsValue): TimelineDateDraft {
  switch (value.precision) {
    case 'day':
      return { precision: 'day', year: value.year, month: value.month, day: value.day };
    case 'month':
      return { precision: 'month', year: value.year, month: value.month };
    case 'season':
      return { precision: 'season', year: value.year, season: value.season };
    case 'year':
    case 'about':
      return { precision: value.precision, year: value.year };
    default:
      return { precision: null, year: value.year };
  }
}

/** Which part of the date a validation issue is about, to mark and focus it. */
export function issuePart(key: string, precision: string): DatePart {
  const name = key.split('.').pop() ?? '';
  if (name === 'precisionMissing') return 'precision';
  if (name.startsWith('day')) return precision === 'day' ? 'day' : 'precision';
  if (name.startsWith('month')) return precision === 'day' || precision === 'month' ? 'month' : 'precision';
  if (name.startsWith('season')) return precision === 'season' ? 'season' : 'precision';
  return 'year';
}
