// Who takes part: team members (checkboxes; archived members only when already in) and external
// guests (name and organisation only). Someone leaving gives up the roles they held this time, and
// the notification says so and offers Undo.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  expectedScorers,
  guestRelation,
  takesPartIn,
  validateGuestName,
  validateGuestOrganisation,
  type Guest,
  type Participant,
} from '../../../../shared/meeting/meeting';
import { addGuest, addMemberParticipant, removeParticipant, restoreParticipant, setGuestJoins, setGuestScores } from '../../../../shared/meeting/plan';
import type { Member } from '../../../../shared/team/member';
import { useNotify } from '../../components/Notifications';
import { useDone } from '../../db/commands/commands';
import { useLanguage } from '../../i18n/i18n';
import { roleLabel } from '../run/roleLabel';
import { TextField } from '../../components/TextField';
import { familyCode, participantName, roleInSentence, usePlanner } from './plannerContext';
import { useLocalValue } from './useLocalValue';

export function ParticipantsSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const planner = usePlanner();
  const { meeting, members, membersById, readOnly, saver } = planner;
  const notify = useNotify();
  const done = useDone();
  const guestsHeading = useRef<HTMLHeadingElement>(null);
  const participantIds = new Set(meeting.participants.map((participant) => participant.id));
  const shownMembers = members.filter((member) => member.status === 'active' || participantIds.has(member.id));
  const guests = meeting.participants.filter((participant) => participant.kind === 'guest');

  /** Takes a participant out; says which roles became unassigned; Undo puts both back. */
  async function leave(participant: Participant): Promise<boolean> {
    const name = participantName(participant, membersById, t);
    const index = meeting.participants.findIndex((candidate) => candidate.id === participant.id);
    let cleared: string[] = [];
    try {
      await saver.save((plan) => {
        const result = removeParticipant(plan, participant.id);
        cleared = result.clearedRoles;
        return result.plan;
      });
    } catch {
      return false;
    }
    const roles = cleared;
    const bareName = participant.kind === 'guest' ? participant.name : name;
    done(
      (t) =>
        participant.kind === 'guest' && roles.length === 0
          ? t('meetings.guestRemoved', { name: bareName })
          : roles.length > 0
            ? t('meetings.participantLeftRoles', {
                name: bareName,
                roles: roles.map((role) => roleInSentence(roleLabel(t, language, meeting.template, role))).join(', '),
              })
            : t('meetings.participantLeft', { name: bareName }),
      {
        undo: async () => {
          await saver.apply((plan) => restoreParticipant(plan, participant, index, roles));
          notify({ message: (t) => t('meetings.participantBack', { name: bareName }) });
        },
      },
    );
    return true;
  }

  /** Resolves false when the change could not be saved. */
  async function toggleMember(memberId: string, checked: boolean): Promise<boolean> {
    if (checked) {
      return saver.save((plan) => addMemberParticipant(plan, memberId)).then(
        () => true,
        () => false,
      );
    }
    const participant = meeting.participants.find((candidate) => candidate.id === memberId);
    return participant ? leave(participant) : true;
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="planner-section">
      <h2 id={`${id}-heading`}>{t('meetings.participants')}</h2>
      <fieldset className="plain-fieldset" disabled={readOnly}>
        <legend>{t('meetings.teamMembers')}</legend>
        {shownMembers.length === 0 && <p className="empty">{t('meetings.noMembers')}</p>}
        <ul className="member-checks">
          {shownMembers.map((member) => (
            <li key={member.id}>
              <MemberCheck member={member} takingPart={participantIds.has(member.id)} onChange={toggleMember} />
            </li>
          ))}
        </ul>
      </fieldset>
      <h3 id={`${id}-guests`} ref={guestsHeading} tabIndex={-1}>
        {t('meetings.guests')}
      </h3>
      <p className="help">{t('meetings.guestsHelp')}</p>
      {guests.length === 0 ? (
        <p className="empty">{t('meetings.noGuests')}</p>
      ) : (
        <ul className="guest-list" aria-labelledby={`${id}-guests`}>
          {guests.map((guest) => (
            <li key={guest.id}>
              <span>
                {guest.name}
                {guestRelation(guest) === 'family' ? (
                  <span className="muted"> · {t('meetings.familyMemberGuest')}</span>
                ) : (
                  guest.organisation && <span className="muted"> · {guest.organisation}</span>
                )}
              </span>
              <GuestDeepDives guest={guest} />
              {!readOnly && (
                <button
                  type="button"
                  className="button"
                  aria-label={t('meetings.removeGuest', { name: guest.name })}
                  onClick={() => {
                    guestsHeading.current?.focus();
                    void leave(guest);
                  }}
                >
                  {t('meetings.removeGuestShort')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && <GuestForm />}
    </section>
  );
}

/**
 * Which deep dives a guest takes part in (they are in that family's summary only) and, for each,
 * whether the chair includes them in that family's safety round (by default they do not score).
 */
function GuestDeepDives({ guest }: { guest: Guest }) {
  const { t } = useTranslation();
  const id = useId();
  const { meeting, familiesById, readOnly, saver } = usePlanner();
  const deepDives = meeting.deepDives;
  return (
    <fieldset className="plain-fieldset guest-deep-dives" disabled={readOnly}>
      <legend id={`${id}-legend`}>{t('meetings.guestJoins', { name: guest.name })}</legend>
      {deepDives.length === 0 ? (
        <p className="empty">{t('meetings.guestNoDeepDives')}</p>
      ) : (
        <ul className="member-checks">
          {deepDives.map((item) => {
            const code = familyCode(item.familyId, familiesById, t);
            const joined = takesPartIn(guest, item.id);
            const scores = expectedScorers({ participants: [guest] }, item.id).length > 0;
            return (
              <li key={item.id}>
                <PlanCheck
                  stored={joined}
                  label={t('meetings.guestJoinsFamily', { code })}
                  save={(checked) => saver.save((plan) => setGuestJoins(plan, guest.id, item.id, checked))}
                />
                {joined && (
                  <PlanCheck
                    className="guest-scores"
                    stored={scores}
                    label={t('meetings.guestScores', { name: guest.name, code })}
                    save={(checked) => saver.save((plan) => setGuestScores(plan, guest.id, item.id, checked))}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

/** A checkbox of the plan that shows its new state at once and goes back if the save fails. */
function PlanCheck({ stored, label, save, className }: { stored: boolean; label: string; save: (checked: boolean) => Promise<unknown>; className?: string }) {
  const checked = useLocalValue(stored);
  return (
    <label className={`inline-check${className ? ` ${className}` : ''}`}>
      <input
        type="checkbox"
        checked={checked.value}
        onChange={(event) => {
          checked.set(event.target.checked);
          save(event.target.checked).catch(() => checked.reset());
        }}
      />
      {label}
    </label>
  );
}

type MemberCheckProps = {
  member: Member;
  takingPart: boolean;
  onChange: (memberId: string, takingPart: boolean) => Promise<boolean>;
};

/** A member, with their default role as this meeting's template names it (e.g. the chair as the responsible physician). */
function MemberCheck({ member, takingPart, onChange }: MemberCheckProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { meeting } = usePlanner();
  const checked = useLocalValue(takingPart);
  return (
    <label className="inline-check">
      <input
        type="checkbox"
        checked={checked.value}
        onChange={(event) => {
          checked.set(event.target.checked);
          void onChange(member.id, event.target.checked).then((saved) => saved || checked.reset());
        }}
      />
      {member.name}
      {member.status === 'archived' && ` ${t('meetings.archivedSuffix')}`}
      <span className="muted"> · {roleLabel(t, language, meeting.template, member.defaultRole)}</span>
    </label>
  );
}

function GuestForm() {
  const { t } = useTranslation();
  const id = useId();
  const { saver } = usePlanner();
  const notify = useNotify();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const { meeting, familiesById } = usePlanner();
  const [familyMember, setFamilyMember] = useState(false);
  const [deepDiveId, setDeepDiveId] = useState('');
  // A deep dive removed since it was chosen is no longer offered.
  const chosenDeepDive = meeting.deepDives.some((item) => item.id === deepDiveId) ? deepDiveId : '';
  const [errors, setErrors] = useState<{ name: string | null; organisation: string | null }>({ name: null, organisation: null });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checkedName = validateGuestName(name);
    const checkedOrganisation = validateGuestOrganisation(organisation);
    if (!checkedName.ok || !checkedOrganisation.ok) {
      setErrors({
        name: checkedName.ok ? null : t(checkedName.issue.key, checkedName.issue.values),
        organisation: checkedOrganisation.ok ? null : t(checkedOrganisation.issue.key, checkedOrganisation.issue.values),
      });
      const field = document.getElementById(checkedName.ok ? `${id}-organisation` : `${id}-name`);
      field?.focus();
      return;
    }
    setErrors({ name: null, organisation: null });
    try {
      await saver.save((plan) =>
        addGuest(
          plan,
          {
            name: checkedName.value,
            organisation: checkedOrganisation.value,
            relation: familyMember ? 'family' : 'network',
            deepDiveIds: chosenDeepDive ? [chosenDeepDive] : [],
          },
          () => crypto.randomUUID(),
        ),
      );
    } catch {
      return;
    }
    setName('');
    setOrganisation('');
    setFamilyMember(false);
    document.getElementById(`${id}-name`)?.focus();
    notify({ message: (t) => t('meetings.guestAdded', { name: checkedName.value }) });
  }

  return (
    <form className="inline-form guest-form" onSubmit={submit} noValidate aria-label={t('meetings.addGuest')}>
      <TextField id={`${id}-name`} label={t('meetings.guestName')} value={name} onChange={setName} help={null} error={errors.name} />
      <TextField
        id={`${id}-organisation`}
        label={t('meetings.guestOrganisation')}
        value={organisation}
        onChange={setOrganisation}
        help={null}
        error={errors.organisation}
      />
      <label className="inline-check">
        <input type="checkbox" checked={familyMember} onChange={(event) => setFamilyMember(event.target.checked)} />
        {t('meetings.guestIsFamilyMember')}
      </label>
      <div className="field">
        <label htmlFor={`${id}-deep-dive`}>{t('meetings.guestDeepDive')}</label>
        <select id={`${id}-deep-dive`} value={chosenDeepDive} onChange={(event) => setDeepDiveId(event.target.value)}>
          <option value="">{t('meetings.guestDeepDiveLater')}</option>
          {meeting.deepDives.map((item) => (
            <option key={item.id} value={item.id}>
              {familyCode(item.familyId, familiesById, t)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('meetings.addGuest')}
      </button>
    </form>
  );
}
