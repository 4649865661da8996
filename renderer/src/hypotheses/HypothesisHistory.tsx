// The history of one hypothesis in a dialog: every revision (when, status, what changed, reason),
// newest or oldest first, shown a page at a time so hundreds of revisions stay quick; and a
// comparison of any two revisions, word by word.
import { useMemo, useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Hypothesis, HypothesisRevision } from '../../../shared/hypothesis/hypothesis';
import { revisionChangeText, revisionWhen } from '../../../shared/hypothesis/historyDocument';
import { useRecordFormat } from '../components/document/recordFormat';
import { RevisionDiff } from './RevisionDiff';
import { StatusMark } from './StatusMark';

const pageSize = 50;

type HypothesisHistoryProps = {
  hypothesis: Hypothesis;
  /** The hypothesis's revisions in sequence order. */
  history: readonly HypothesisRevision[];
  meetingDates: ReadonlyMap<string, string>;
  onClose: () => void;
};

export function HypothesisHistory({ hypothesis, history, meetingDates, onClose }: HypothesisHistoryProps) {
  const { t } = useTranslation();
  const format = useRecordFormat();
  const idPrefix = `history-${hypothesis.id}`;
  const [newestFirst, setNewestFirst] = useState(true);
  const [shown, setShown] = useState(pageSize);
  const last = history.length - 1;
  const [fromIndex, setFromIndex] = useState(Math.max(0, last - 1));
  const [toIndex, setToIndex] = useState(last);

  // Texts of every revision once per history, not on every render of the list.
  const entries = useMemo(
    () =>
      history.map((revision, index) => ({
        revision,
        when: revisionWhen(revision, meetingDates, format),
        change: revisionChangeText(history[index - 1] ?? null, revision, format.t),
      })),
    [history, meetingDates, format],
  );
  const ordered = newestFirst ? [...entries].reverse() : entries;
  const visible = ordered.slice(0, shown);
  const from = history[Math.min(fromIndex, last)];
  const to = history[Math.min(toIndex, last)];

  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal hypothesis-history-modal">
        <Dialog className="dialog hypothesis-history">
          <Heading slot="title">{t('hypotheses.history.heading')}</Heading>
          <p className="hypothesis-history-wording">{hypothesis.wording}</p>

          {history.length > 1 && (
            <section className="hypothesis-compare" aria-labelledby={`${idPrefix}-compare`}>
              <h3 id={`${idPrefix}-compare`}>{t('hypotheses.history.compare')}</h3>
              <p className="help">{t('hypotheses.history.compareHelp')}</p>
              <div className="hypothesis-compare-choices">
                <RevisionSelect id={`${idPrefix}-from`} label={t('hypotheses.history.from')} entries={entries} value={fromIndex} onChange={setFromIndex} />
                <RevisionSelect id={`${idPrefix}-to`} label={t('hypotheses.history.to')} entries={entries} value={toIndex} onChange={setToIndex} />
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setFromIndex(toIndex);
                    setToIndex(fromIndex);
                  }}
                >
                  {t('hypotheses.history.swap')}
                </button>
              </div>
              {from && to && <RevisionDiff from={from} to={to} />}
            </section>
          )}

          <section aria-labelledby={`${idPrefix}-revisions`}>
            <div className="hypothesis-history-top">
              <h3 id={`${idPrefix}-revisions`}>{t('hypotheses.history.revisions', { count: history.length })}</h3>
              <div className="field hypothesis-history-order">
                <label htmlFor={`${idPrefix}-order`}>{t('hypotheses.history.order')}</label>
                <select id={`${idPrefix}-order`} value={newestFirst ? 'newest' : 'oldest'} onChange={(event) => setNewestFirst(event.target.value === 'newest')}>
                  <option value="newest">{t('hypotheses.history.newestFirst')}</option>
                  <option value="oldest">{t('hypotheses.history.oldestFirst')}</option>
                </select>
              </div>
            </div>
            <ol className="hypothesis-revisions" reversed={newestFirst}>
              {visible.map(({ revision, when, change }) => (
                <li key={revision.id} value={revision.seq} className="hypothesis-revision">
                  <p className="hypothesis-revision-head">
                    <strong>{t('hypotheses.history.revision', { seq: revision.seq })}</strong> · {when}
                  </p>
                  <p>
                    <StatusMark status={revision.status} /> {t('hypotheses.screen.status', { status: t(`hypotheses.status.${revision.status}`) })} · {change}
                  </p>
                  <p className={revision.reason ? 'hypothesis-revision-reason' : 'hypothesis-revision-reason empty'}>
                    {t('hypotheses.change.reason')}: {revision.reason || t('hypotheses.change.noReason')}
                  </p>
                </li>
              ))}
            </ol>
            {ordered.length > shown && (
              <button type="button" className="button" onClick={() => setShown((current) => current + pageSize)}>
                {t('hypotheses.history.showMore', { count: Math.min(pageSize, ordered.length - shown) })}
              </button>
            )}
          </section>

          <div className="dialog-actions">
            <Button className="button" onPress={onClose} autoFocus>
              {t('hypotheses.history.close')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

type RevisionSelectProps = {
  id: string;
  label: string;
  entries: readonly { revision: HypothesisRevision; when: string }[];
  value: number;
  onChange: (index: number) => void;
};

function RevisionSelect({ id, label, entries, value, onChange }: RevisionSelectProps) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {entries.map(({ revision, when }, index) => (
          <option key={revision.id} value={index}>
            {t('hypotheses.history.option', { seq: revision.seq, when, status: t(`hypotheses.status.${revision.status}`) })}
          </option>
        ))}
      </select>
    </div>
  );
}
