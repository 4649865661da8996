// The meeting's length against its time slot, seen while planning (docs/domain.md: The time slot):
// the slot (the team's usual length unless this plan sets its own), the projected length phase by
// phase and in total, said in words when it does not fit; each phase's minutes editable (an edit
// sets it by hand); "Fit to the slot" shows a proposal beside the template's minutes, which the
// chair edits and accepts (with Undo). Everything is saved with the plan (usePlanSaver); the
// template is never changed.
import { useEffect, useId, useRef, useState } from 'react';
import type { Language } from '../../../../shared/i18n/messages';
import { minutesNumber } from '../../../../shared/i18n/timeText';
import type { Meeting, MeetingPlan } from '../../../../shared/meeting/meeting';
import { localized, templateLimits } from '../../../../shared/meeting/template';
import {
  fitToSlot,
  parsePlanMinutes,
  projectPlan,
  setPhaseMinutes,
  validateSlotMinutes,
  withTemplateMinutes,
  type PhaseProjection,
  type PlanTiming,
} from '../../../../shared/meeting/timeSlot';
import { AutosaveField } from '../../components/AutosaveField';
import { TextInput } from '../../components/TextField';
import { useDone } from '../../db/commands/commands';
import { useUsualSlotMinutes } from '../../db/commands/settingsCommands';
import { useLanguage } from '../../i18n/i18n';
import { useText, type Translate } from '../../i18n/keys';
import { usePlanner } from './plannerContext';
import { isNotEditable } from './usePlanSaver';

/** What the time rules need of a plan. */
export function planTiming(plan: Pick<MeetingPlan, 'deepDives' | 'quickRound' | 'phaseMinutes' | 'fixedPhases'>): PlanTiming {
  return { deepDives: plan.deepDives.length, families: plan.quickRound.length, phaseMinutes: plan.phaseMinutes, fixedPhases: plan.fixedPhases };
}

/** A length of time in half minutes: "45 min", "7,5 min", "2 t", "2 t 51 min". */
export function slotDuration(minutes: number, t: Translate, language: Language): string {
  const whole = Math.abs(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole - hours * 60;
  if (hours === 0) return t('time.plannedMinutes', { minutes: minutesNumber(rest, language) });
  if (rest === 0) return t('slot.duration.hours', { hours });
  return t('slot.duration.hoursMinutes', { hours, minutes: minutesNumber(rest, language) });
}

/** The plan's length against the slot in one sentence: over it, exactly it, or within it. */
export function slotSentence(total: number, slot: number, t: Translate, language: Language): string {
  const values = { total: slotDuration(total, t, language), slot };
  if (total > slot) return t('slot.over', { ...values, over: slotDuration(total - slot, t, language) });
  if (total === slot) return t('slot.exact', values);
  return t('slot.fits', { ...values, left: slotDuration(slot - total, t, language) });
}

/** The heading of the slot section, so the line at the top of the planner can take the chair there. */
const slotHeadingId = 'plan-slot-heading';

/**
 * The plan's length against its slot at the top of the planner (the section itself comes after the
 * agenda, which is long with the whole caseload on the quick round), with a button to the section.
 */
export function SlotGlance() {
  const t = useText();
  const language = useLanguage();
  const { meeting } = usePlanner();
  const usual = useUsualSlotMinutes();
  if (usual === undefined) return null;
  const slot = meeting.slotMinutes ?? usual;
  const projection = projectPlan(meeting.template, planTiming(meeting), slot);
  return (
    <p className={`slot-glance ${projection.overMinutes > 0 ? 'slot-over' : 'slot-fits'}`} data-testid="slot-glance">
      {slotSentence(projection.totalMinutes, slot, t, language)}{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          const heading = document.getElementById(slotHeadingId);
          heading?.scrollIntoView({ block: 'start' });
          heading?.focus();
        }}
      >
        {t('slot.showByPhase')}
      </button>
    </p>
  );
}

export function SlotSection() {
  const t = useText();
  const language = useLanguage();
  const { meeting, readOnly, saver, announce } = usePlanner();
  const usual = useUsualSlotMinutes();
  const done = useDone();
  const [proposing, setProposing] = useState(false);
  const fitButton = useRef<HTMLButtonElement>(null);
  if (usual === undefined) return null;
  const slot = meeting.slotMinutes ?? usual;
  const projection = projectPlan(meeting.template, planTiming(meeting), slot);
  const hasOwnMinutes = Object.keys(meeting.phaseMinutes ?? {}).length > 0 || (meeting.fixedPhases ?? []).length > 0;

  function setMinutes(entry: PhaseProjection, minutes: number) {
    const name = localized(entry.phase.name, language);
    void saver.save((plan) => ({ ...plan, ...setPhaseMinutes(plan, entry.phase.id, minutes) })).then(
      () => announce(t('slot.minutesSaved', { phase: name, minutes: minutesNumber(minutes, language) })),
      () => undefined,
    );
  }

  function resetToTemplate() {
    const before = ownTimes(meeting);
    void saver.save((plan) => withTemplateMinutes(plan)).then(
      () => done((t) => t('slot.resetDone'), { undo: () => saver.apply((plan) => ({ ...withTemplateMinutes(plan), ...before })) }),
      () => undefined,
    );
  }

  return (
    <section aria-labelledby={slotHeadingId} className="planner-section slot-section">
      <h2 id={slotHeadingId} tabIndex={-1}>
        {t('slot.heading')}
      </h2>
      {readOnly ? (
        <p>
          {t('slot.slotLabel')}: {slotDuration(slot, t, language)}
        </p>
      ) : (
        <div className="slot-field-row">
          <AutosaveField
            label={t('slot.slotLabel')}
            help={meeting.slotMinutes === undefined ? t('slot.slotHelp', { minutes: usual }) : `${t('slot.slotOwn')} ${t('slot.slotHelp', { minutes: usual })}`}
            multiline={false}
            className="slot-minutes-field"
            stored={String(slot)}
            validate={validateSlotMinutes}
            save={(value) => saver.save((plan) => ({ ...plan, slotMinutes: value }))}
            explainError={(error) => (isNotEditable(error) ? { key: 'meetings.notEditable', values: {} } : null)}
          />
          {meeting.slotMinutes !== undefined && meeting.slotMinutes !== usual && (
            <button
              type="button"
              className="button"
              onClick={() => void saver.apply(({ slotMinutes: _slot, ...plan }) => plan)}
            >
              {t('slot.useUsual')}
            </button>
          )}
        </div>
      )}
      <p role="status" className={projection.overMinutes > 0 ? 'slot-summary slot-over' : 'slot-summary slot-fits'} data-testid="slot-summary">
        {slotSentence(projection.totalMinutes, slot, t, language)}
      </p>
      <PhaseTable
        caption={t('slot.tableCaption')}
        rows={projection.phases}
        total={projection.totalMinutes}
        valueHeading={t('slot.planned')}
        valueOf={(entry) => entry.minutes}
        labelOf={(entry) => t(entry.unit === 'perFamily' ? 'slot.minutesPerFamilyOf' : 'slot.minutesOf', { phase: localized(entry.phase.name, language) })}
        readOnly={readOnly}
        onChange={setMinutes}
        testId="slot-table"
      />
      {!readOnly && (
        <div className="card-buttons">
          <button ref={fitButton} type="button" className="button primary" aria-expanded={proposing} onClick={() => setProposing(true)}>
            {t('slot.fit')}
          </button>
          {hasOwnMinutes && (
            <button type="button" className="button" onClick={resetToTemplate}>
              {t('slot.resetToTemplate')}
            </button>
          )}
        </div>
      )}
      {proposing && !readOnly && (
        <Proposal
          meeting={meeting}
          slot={slot}
          onClose={() => {
            setProposing(false);
            fitButton.current?.focus();
          }}
          onAccept={(times) => {
            const before = ownTimes(meeting);
            void saver.save((plan) => ({ ...withTemplateMinutes(plan), ...times })).then(
              () => {
                setProposing(false);
                fitButton.current?.focus();
                done((t) => t('slot.accepted'), { undo: () => saver.apply((plan) => ({ ...withTemplateMinutes(plan), ...before })) });
              },
              () => undefined,
            );
          }}
        />
      )}
    </section>
  );
}

/** The plan's own minutes and the phases set by hand, as they are now (for Undo). */
function ownTimes(plan: Pick<MeetingPlan, 'phaseMinutes' | 'fixedPhases'>): Pick<MeetingPlan, 'phaseMinutes' | 'fixedPhases'> {
  return {
    ...(plan.phaseMinutes ? { phaseMinutes: plan.phaseMinutes } : {}),
    ...(plan.fixedPhases ? { fixedPhases: plan.fixedPhases } : {}),
  };
}

/** "Fit to the slot": the proposal beside the template's minutes; editing one sets it by hand and the others adjust. */
function Proposal({
  meeting,
  slot,
  onClose,
  onAccept,
}: {
  meeting: Meeting;
  slot: number;
  onClose: () => void;
  onAccept: (times: Required<Pick<MeetingPlan, 'phaseMinutes' | 'fixedPhases'>>) => void;
}) {
  const t = useText();
  const language = useLanguage();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [edits, setEdits] = useState<Record<string, number>>({});
  useEffect(() => heading.current?.focus(), []);
  const fixedPhases = [...new Set([...(meeting.fixedPhases ?? []), ...Object.keys(edits)])];
  const timing: PlanTiming = { ...planTiming(meeting), phaseMinutes: { ...meeting.phaseMinutes, ...edits }, fixedPhases };
  const fit = fitToSlot(meeting.template, timing, slot);
  const proposed = projectPlan(meeting.template, { ...timing, phaseMinutes: fit.phaseMinutes }, slot);
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="slot-proposal"
      data-testid="slot-proposal"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('slot.proposalHeading', { slot })}
      </h3>
      <p className="help">{t('slot.proposalHelp')}</p>
      <p role="status" className={fit.fits ? 'slot-summary slot-fits' : 'slot-summary slot-over'} data-testid="slot-proposal-summary">
        {fit.fits
          ? t('slot.proposalFits', { total: slotDuration(fit.totalMinutes, t, language), slot })
          : t('slot.proposalOver', { total: slotDuration(fit.totalMinutes, t, language), over: slotDuration(fit.overMinutes, t, language), slot })}
      </p>
      <PhaseTable
        caption={t('slot.proposalCaption')}
        rows={proposed.phases}
        total={proposed.totalMinutes}
        valueHeading={t('slot.proposed')}
        valueOf={(entry) => entry.minutes}
        labelOf={(entry) => t(entry.unit === 'perFamily' ? 'slot.proposedPerFamilyOf' : 'slot.proposedOf', { phase: localized(entry.phase.name, language) })}
        readOnly={false}
        onChange={(entry, minutes) => setEdits((current) => ({ ...current, [entry.phase.id]: minutes }))}
        testId="slot-proposal-table"
      />
      <div className="card-buttons">
        <button type="button" className="button primary" onClick={() => onAccept({ phaseMinutes: fit.phaseMinutes, fixedPhases })}>
          {t('slot.accept')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('slot.cancel')}
        </button>
      </div>
    </section>
  );
}

/** Phases with the template's minutes, this plan's (or the proposal's, editable), how often they count, and the totals. */
function PhaseTable({
  caption,
  rows,
  total,
  valueHeading,
  valueOf,
  labelOf,
  readOnly,
  onChange,
  testId,
}: {
  caption: string;
  rows: readonly PhaseProjection[];
  total: number;
  valueHeading: string;
  valueOf: (entry: PhaseProjection) => number;
  labelOf: (entry: PhaseProjection) => string;
  readOnly: boolean;
  onChange: (entry: PhaseProjection, minutes: number) => void;
  testId: string;
}) {
  const t = useText();
  const language = useLanguage();
  return (
    <table className="family-table slot-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('slot.phase')}</th>
          <th scope="col">{t('slot.template')}</th>
          <th scope="col">{valueHeading}</th>
          <th scope="col">{t('slot.counted')}</th>
          <th scope="col">{t('slot.total')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((entry) => (
          <tr key={entry.phase.id} data-phase={entry.phase.id}>
            <th scope="row">
              {localized(entry.phase.name, language)}
              {entry.fixed && <span className="badge">{t('slot.fixed')}</span>}
            </th>
            <td>
              {entry.unit === 'perFamily'
                ? t('slot.perFamily', { minutes: minutesNumber(entry.templateMinutes, language) })
                : slotDuration(entry.templateMinutes, t, language)}
            </td>
            <td>
              {readOnly ? (
                entry.unit === 'perFamily' ? (
                  t('slot.perFamily', { minutes: minutesNumber(valueOf(entry), language) })
                ) : (
                  slotDuration(valueOf(entry), t, language)
                )
              ) : (
                <MinutesInput
                  value={valueOf(entry)}
                  label={labelOf(entry)}
                  unit={entry.unit === 'perFamily' ? t('slot.perFamilyUnit') : null}
                  onCommit={(minutes) => onChange(entry, minutes)}
                />
              )}
            </td>
            <td>{countedText(entry, t)}</td>
            <td className="slot-total">{slotDuration(entry.totalMinutes, t, language)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={4}>
            {t('slot.totalRow')}
          </th>
          <td className="slot-total" data-testid={`${testId}-total`}>
            {slotDuration(total, t, language)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

function countedText(entry: PhaseProjection, t: Translate): string {
  if (entry.unit === 'perFamily') return t('slot.families', { count: entry.count });
  return entry.unit === 'perDeepDive' ? t('slot.deepDives', { count: entry.count }) : t('slot.once');
}

/** A phase's minutes, typed with a comma or a point; taken on Enter or when leaving the field, refused in words when not in half minutes. */
function MinutesInput({ value, label, unit, onCommit }: { value: number; label: string; unit: string | null; onCommit: (minutes: number) => void }) {
  const t = useText();
  const language = useLanguage();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const shown = minutesNumber(value, language);
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState(false);
  // Follow the value saved (or proposed) elsewhere unless the user is typing here.
  useEffect(() => {
    if (document.activeElement === input.current) return;
    setDraft(shown);
    setError(false);
  }, [shown]);

  function commit() {
    const minutes = parsePlanMinutes(draft);
    if (minutes === null) {
      setError(true);
      return;
    }
    setError(false);
    if (minutes !== value) onCommit(minutes);
  }

  return (
    <span className="slot-minutes">
      <TextInput
        ref={input}
        id={id}
        inputMode="decimal"
        size={5}
        aria-label={label}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
      />
      {unit && <span aria-hidden="true"> {unit}</span>}
      {error && (
        <span className="error" id={`${id}-error`} role="alert">
          {t('slot.minutesInvalid', { max: templateLimits.maxMinutes })}
        </span>
      )}
    </span>
  );
}
