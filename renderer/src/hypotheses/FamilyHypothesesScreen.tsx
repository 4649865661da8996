// A family's hypotheses outside a meeting: the cards as they stand now (edit, change status with a
// reason, history with word-level comparison, delete with undo, a new hypothesis), or the
// evolution view of the whole set over time; and the history exported as Markdown or printed. Each
// card shows the family's answers to its test questions, and answers to other questions follow the cards.
// Every change here is a new revision dated now; what past meetings recorded stays as it was.
import { useThisComputer } from '../db/thisComputer';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { format as formatDay } from 'date-fns';
import type { Family } from '../../../shared/family/family';
import type { HypothesisCard, HypothesisRevision, HypothesisStatus, Proposer } from '../../../shared/hypothesis/hypothesis';
import { buildHypothesisHistory } from '../../../shared/hypothesis/historyDocument';
import { byHypothesis } from '../../../shared/hypothesis/revisions';
import { routeHref, type FamilyHypothesesView } from '../app/router';
import { useNotify } from '../components/Notifications';
import { useFamily, useMembers } from '../db/hooks';
import { useFamilyHypotheses, useFamilyRevisions } from '../db/hypothesisHooks';
import { useMeetingSummaries } from '../db/meetingHooks';
import { useFamilyAnswers } from '../db/continuityHooks';
import { AnswerList } from '../components/FamilyAnswerList';
import { meetingTime } from '../../../shared/meeting/meeting';
import { useRecordFormat } from '../components/document/recordFormat';
import { RecordDocumentView } from '../components/document/RecordDocumentView';
import { getPlatform } from '../platform/platform';
import { HistoryExportBar } from './HistoryExportBar';
import { HypothesisCardView } from './HypothesisCardView';
import { HypothesisEditor } from './HypothesisEditor';
import { HypothesisEvolution } from './HypothesisEvolution';
import './hypotheses.css';
import { TextWithCode } from '../components/TextWithCode';
import { useHypothesisCommands } from '../db/commands/hypothesisCommands';

const noRevisions: readonly HypothesisRevision[] = [];
const headingId = 'family-hypotheses-heading';

export function FamilyHypothesesScreen({ familyId, view }: { familyId: string; view: FamilyHypothesesView }) {
  const { t } = useTranslation();
  const family = useFamily(familyId);
  if (family === undefined) return null;
  if (family === null) {
    return (
      <div className="screen">
        <h1 tabIndex={-1}>{t('hypotheses.screen.title')}</h1>
        <p className="empty" role="alert">
          {t('hypotheses.screen.notFound')}
        </p>
        <a href={routeHref({ name: 'families' })}>{t('family.back')}</a>
      </div>
    );
  }
  return <FamilyHypothesesPage family={family} view={view} />;
}

function FamilyHypothesesPage({ family, view }: { family: Family; view: FamilyHypothesesView }) {
  const { t } = useTranslation();
  const commands = useHypothesisCommands();
  const session = commands.context;
  const notify = useNotify();
  const format = useRecordFormat();
  const hypotheses = useFamilyHypotheses(family.id);
  const revisions = useFamilyRevisions(family.id);
  // The light summaries: only the meetings' dates are needed here.
  const meetings = useMeetingSummaries();
  const members = useMembers();
  const answers = useFamilyAnswers(family.id);
  const [printing, setPrinting] = useState(false);
  const report = commands.report;

  // A meeting's date is when it started, or when it is planned for if it has not (as on its record).
  const meetingDates = useMemo(
    () =>
      new Map(
        (meetings ?? []).map((meeting) => [meeting.id, new Date(meetingTime(meeting)).toISOString()]),
      ),
    [meetings],
  );
  const histories = useMemo(() => byHypothesis(revisions ?? []), [revisions]);
  // A new hypothesis is proposed, by default, by the member using this computer.
  const { memberId } = useThisComputer();
  const thisMemberName = memberId ? (members?.find((member) => member.id === memberId)?.name ?? null) : null;
  const proposerOptions = useMemo<Proposer[]>(
    () => (members ?? []).filter((member) => member.status === 'active').map((member) => ({ name: member.name, role: member.defaultRole })),
    [members],
  );
  const ordered = useMemo(() => [...(hypotheses ?? [])].sort((a, b) => b.revisitedAt.localeCompare(a.revisitedAt) || a.id.localeCompare(b.id)), [hypotheses]);

  const buildDocument = () =>
    buildHypothesisHistory(
      { family, hypotheses: hypotheses ?? [], revisions: revisions ?? [], meetingDates, exportedAt: session.now().getTime() },
      format,
    );

  const pdfName = () => t('hypotheses.export.pdfName', { code: family.code, date: formatDay(session.now(), 'yyyy-MM-dd') });

  // The print view is drawn first, then printed; it stays until closed, so it can be printed again.
  useEffect(() => {
    if (!printing) return;
    const platform = getPlatform();
    platform.printToPdf(pdfName()).catch((error: unknown) =>
      notify({ message: (t) => t('hypotheses.screen.exportFailed', { reason: error instanceof Error ? error.message : String(error) }) }),
    );
  }, [printing]);

  async function create(card: HypothesisCard) {
    await commands.createHypothesis.orThrow({ familyId: family.id, meetingId: null, card });
    notify({ message: (t) => t('hypotheses.screen.created') });
  }

  async function edit(id: string, card: HypothesisCard) {
    const before = hypotheses?.find((entry) => entry.id === id);
    await commands.reviseHypothesis.orThrow(id, { card }, { meetingId: null });
    const unchanged = before && JSON.stringify(pickCard(before)) === JSON.stringify(card);
    notify({ message: (t) => t(unchanged ? 'hypotheses.screen.savedNoChange' : 'hypotheses.screen.saved') });
  }

  async function changeStatus(id: string, previous: HypothesisStatus, status: HypothesisStatus, reason: string) {
    await commands.reviseHypothesis.orThrow(id, { status, reason }, { meetingId: null });
    commands.done((t) => t('hypotheses.screen.statusChanged', { status: t(`hypotheses.status.${status}`).toLowerCase() }), {
      undo: () => commands.reviseHypothesis(id, { status: previous }, { meetingId: null }),
    });
  }

  async function remove(id: string) {
    try {
      const deleted = await commands.deleteHypothesis.orThrow(id);
      document.getElementById(headingId)?.focus();
      if (!deleted) return;
      commands.done((t) => t('hypotheses.screen.deleted'), {
        undo: async () => {
          if (await commands.deleteHypothesis.undo(deleted)) notify({ message: (t) => t('hypotheses.screen.restored') });
        },
      });
    } catch (error) {
      report(error);
    }
  }

  const loaded = hypotheses !== undefined && revisions !== undefined && meetings !== undefined;

  return (
    <div className={`screen family-hypotheses${printing ? ' printing' : ''}`}>
      <p className="no-print">
        <a href={routeHref({ name: 'family', id: family.id })}>← <TextWithCode text={t('hypotheses.screen.backToFamily', { code: family.code })} code={family.code} /></a>
      </p>
      <h1 tabIndex={-1} id={headingId} className="no-print">
        {t('hypotheses.screen.title')} <span className="subtitle">· <TextWithCode text={t('hypotheses.screen.subtitle', { code: family.code })} code={family.code} /></span>
      </h1>
      <nav className="hypothesis-views no-print" aria-label={t('hypotheses.screen.views')}>
        {(['cards', 'evolution'] as const).map((entry) => (
          <a key={entry} href={routeHref({ name: 'familyHypotheses', id: family.id, view: entry })} aria-current={entry === view ? 'page' : undefined}>
            {t(`hypotheses.screen.${entry}`)}
          </a>
        ))}
      </nav>
      {loaded && hypotheses.length > 0 && <HistoryExportBar familyCode={family.code} buildDocument={buildDocument} onPrint={() => setPrinting(true)} />}

      {printing && loaded && (
        <section className="hypothesis-print" aria-label={t('hypotheses.screen.print')}>
          <div className="no-print hypothesis-print-bar">
            <button type="button" className="button" onClick={() => void getPlatform().printToPdf(pdfName()).catch(report)}>
              {t('hypotheses.screen.print')}
            </button>
            <button type="button" className="button" onClick={() => setPrinting(false)}>
              {t('hypotheses.history.close')}
            </button>
          </div>
          <RecordDocumentView document={buildDocument()} headingLevel={2} id="hypothesis-print" />
        </section>
      )}

      {!loaded ? null : view === 'evolution' ? (
        <div className="no-print">
          <HypothesisEvolution familyCode={family.code} hypotheses={hypotheses} revisions={revisions} meetingDates={meetingDates} />
        </div>
      ) : (
        <div className="no-print">
          <p className="hypothesis-count">{t('hypotheses.screen.count', { count: hypotheses.length })}</p>
          {hypotheses.length === 0 && <p className="empty">{t('hypotheses.screen.empty')}</p>}
          <ul className="hypothesis-card-list">
            {ordered.map((hypothesis) => (
              <li key={hypothesis.id}>
                <HypothesisCardView
                  hypothesis={hypothesis}
                  history={histories.get(hypothesis.id) ?? noRevisions}
                  meetingDates={meetingDates}
                  proposerOptions={proposerOptions}
                  onEdit={(card) => edit(hypothesis.id, card)}
                  onChangeStatus={(status, reason) => changeStatus(hypothesis.id, hypothesis.status, status, reason)}
                  onDelete={() => void remove(hypothesis.id)}
                  answers={answers?.byHypothesis.get(hypothesis.id)}
                />
              </li>
            ))}
          </ul>
          {answers && answers.unlinked.length > 0 && (
            <section className="card hypothesis-other-answers" aria-labelledby="hypothesis-other-answers-heading">
              <h2 id="hypothesis-other-answers-heading">{t('continuity.review.unlinked')}</h2>
              <p className="help">{t('continuity.review.unlinkedHelp')}</p>
              <AnswerList answers={answers.unlinked} />
            </section>
          )}
          <section className="card hypothesis-new" aria-labelledby="hypothesis-new-heading">
            <h2 id="hypothesis-new-heading">{t('hypotheses.screen.newHypothesis')}</h2>
            <p className="hypothesis-outside-note">{t('hypotheses.screen.outsideMeetingNote')}</p>
            <HypothesisEditor
              idPrefix="new-hypothesis"
              initial={null}
              proposerOptions={proposerOptions}
              submitLabel={t('hypotheses.screen.create')}
              onSave={create}
              defaultProposerName={thisMemberName}
            />
          </section>
        </div>
      )}
    </div>
  );
}

function pickCard(card: HypothesisCard): HypothesisCard {
  const { wording, proposers, concerns, evidenceFor, evidenceAgainst, testQuestions, lensTags } = card;
  return { wording, proposers, concerns, evidenceFor, evidenceAgainst, testQuestions, lensTags };
}
