// The genogram's forms, each in a modal dialog (react-aria-components: focus stays inside, Escape
// cancels, focus returns to the control that opened it): a person, a couple's relationship, a
// child's parents, an emotional line, a household. Each builds one of the domain's edits and hands
// it to `onSave`; what the domain refuses is shown in the form, which keeps what was typed.
import { useState, type FormEvent, type ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { putEmotionalLine, putHousehold, putParentLink, putPerson, putRelationship } from '../../../shared/genogram/edit';
import {
  emotionalKinds,
  genogramGenders,
  newPerson,
  parentLinkKinds,
  relationshipKinds,
  validateGenogramNote,
  validateGenogramYear,
  validateHouseholdName,
  validatePersonName,
  type EmotionalKind,
  type Genogram,
  type GenogramEmotionalLine,
  type GenogramGender,
  type GenogramHousehold,
  type GenogramParentLink,
  type GenogramPerson,
  type GenogramRelationship,
  type ParentLinkKind,
  type RelationshipKind,
} from '../../../shared/genogram/genogram';
import type { Validated, ValidationIssue } from '../../../shared/validation';
import { TextField } from '../components/TextField';
import { yearsText } from './genogramText';
import type { SaveOutcome } from './useGenogramEdits';

export type GenogramFormTarget =
  | { kind: 'person'; person: GenogramPerson | null }
  | { kind: 'relationship'; relationship: GenogramRelationship | null }
  | { kind: 'parents'; link: GenogramParentLink | null; childId?: string }
  | { kind: 'emotionalLine'; line: GenogramEmotionalLine | null }
  | { kind: 'household'; household: GenogramHousehold | null };

type FormProps = {
  /** The genogram as shown (the family's children's names applied). */
  genogram: Genogram;
  familyChildren: readonly { id: string; pseudonym: string }[];
  now: Date;
  onSave: (change: (current: Genogram) => Validated<Genogram>) => Promise<SaveOutcome>;
  /** After saving (the person saved, for a person form; else null) or cancelling (undefined). */
  onDone: (saved?: { personId: string; name: string } | null) => void;
  onRemovePerson?: (personId: string) => void;
};

export function GenogramDialog({ target, ...props }: FormProps & { target: GenogramFormTarget | null }) {
  const { t } = useTranslation();
  const title = target ? titleOf(target, t) : '';
  return (
    <ModalOverlay className="modal-overlay" isOpen={target !== null} onOpenChange={(open) => !open && props.onDone(undefined)} isDismissable={false}>
      <Modal className="modal gg-modal">
        <Dialog className="dialog gg-dialog">
          <Heading slot="title">{title}</Heading>
          {target?.kind === 'person' && <PersonForm key={target.person?.id ?? 'new'} person={target.person} {...props} />}
          {target?.kind === 'relationship' && <RelationshipForm key={target.relationship?.id ?? 'new'} relationship={target.relationship} {...props} />}
          {target?.kind === 'parents' && <ParentsForm key={target.link?.id ?? 'new'} link={target.link} childId={target.childId} {...props} />}
          {target?.kind === 'emotionalLine' && <EmotionalLineForm key={target.line?.id ?? 'new'} line={target.line} {...props} />}
          {target?.kind === 'household' && <HouseholdForm key={target.household?.id ?? 'new'} household={target.household} {...props} />}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function titleOf(target: GenogramFormTarget, t: ReturnType<typeof useTranslation>['t']): string {
  switch (target.kind) {
    case 'person':
      return target.person ? t('genogram.form.personEdit', { name: target.person.name }) : t('genogram.form.personAdd');
    case 'relationship':
      return t(target.relationship ? 'genogram.form.relationshipEdit' : 'genogram.form.relationshipAdd');
    case 'parents':
      return t(target.link ? 'genogram.form.parentsEdit' : 'genogram.form.parentsAdd');
    case 'emotionalLine':
      return t(target.line ? 'genogram.form.lineEdit' : 'genogram.form.lineAdd');
    case 'household':
      return t(target.household ? 'genogram.form.householdEdit' : 'genogram.form.householdAdd');
  }
}

/** The form frame: fields, the refusal if any, Save and Cancel (and optional extra actions). */
function FormFrame({ onSubmit, issue, onCancel, extra, children }: { onSubmit: () => void; issue: ValidationIssue | null; onCancel: () => void; extra?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className="gg-form">
      {children}
      {issue && (
        <p className="error" role="alert">
          {t(issue.key, issue.values)}
        </p>
      )}
      <div className="dialog-actions">
        {extra}
        <button type="button" className="button" onClick={onCancel}>
          {t('genogram.form.cancel')}
        </button>
        <button type="submit" className="button primary">
          {t('genogram.form.save')}
        </button>
      </div>
    </form>
  );
}

function PersonSelect({ id, label, value, onChange, genogram, optional, exclude }: { id: string; label: string; value: string; onChange: (value: string) => void; genogram: Genogram; optional?: string; exclude?: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{optional ?? t('genogram.form.choose')}</option>
        {genogram.people
          .filter((person) => !exclude?.includes(person.id) || person.id === value)
          .map((person) => {
            const years = yearsText(person);
            return (
              <option key={person.id} value={person.id}>
                {years ? `${person.name} (${years})` : person.name}
              </option>
            );
          })}
      </select>
    </div>
  );
}

function KindSelect<K extends string>({ id, label, value, kinds, textOf, onChange }: { id: string; label: string; value: K; kinds: readonly K[]; textOf: (kind: K) => string; onChange: (kind: K) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as K)}>
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {textOf(kind)}
          </option>
        ))}
      </select>
    </div>
  );
}

function Check({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="gg-check">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

const errorText = (result: Validated<unknown>, t: ReturnType<typeof useTranslation>['t']) => (result.ok ? null : t(result.issue.key, result.issue.values));

function PersonForm({ person, genogram, familyChildren, now, onSave, onDone, onRemovePerson }: FormProps & { person: GenogramPerson | null }) {
  const { t } = useTranslation();
  const [name, setName] = useState(person?.name ?? '');
  const [gender, setGender] = useState<GenogramGender>(person?.gender ?? 'female');
  const [birthYear, setBirthYear] = useState(person?.birthYear?.toString() ?? '');
  const [deceased, setDeceased] = useState(person?.deceased ?? false);
  const [deathYear, setDeathYear] = useState(person?.deathYear?.toString() ?? '');
  const [pregnancy, setPregnancy] = useState(person?.pregnancy ?? false);
  const [index, setIndex] = useState(person?.index ?? false);
  const [note, setNote] = useState(person?.note ?? '');
  const [childId, setChildId] = useState(person?.childId ?? '');
  const [shown, setShown] = useState(false);
  const [issue, setIssue] = useState<ValidationIssue | null>(null);
  const linked = childId !== '';
  const checks = {
    name: linked ? ({ ok: true, value: name } as const) : validatePersonName(name),
    birthYear: linked || pregnancy ? ({ ok: true, value: null } as const) : validateGenogramYear(birthYear, now),
    deathYear: deceased ? validateGenogramYear(deathYear, now) : ({ ok: true, value: null } as const),
    note: validateGenogramNote(note),
  };
  const takenChildren = new Set(genogram.people.filter((other) => other.id !== person?.id).map((other) => other.childId));
  const submit = async () => {
    setShown(true);
    if (!checks.name.ok || !checks.birthYear.ok || !checks.deathYear.ok || !checks.note.ok) return;
    const child = familyChildren.find((entry) => entry.id === childId);
    const fields = {
      name: child ? child.pseudonym.trim() || name.trim() || '?' : checks.name.value,
      gender,
      birthYear: checks.birthYear.value,
      deceased,
      deathYear: checks.deathYear.value,
      pregnancy,
      index,
      note: checks.note.value,
      childId: child ? child.id : null,
    };
    const id = person?.id ?? crypto.randomUUID();
    const outcome = await onSave((current) => {
      const stored = current.people.find((entry) => entry.id === id);
      // A linked child's birth year stays as stored (the family's is shown); the offset is kept.
      return putPerson(current, stored ? { ...stored, ...fields, birthYear: child ? stored.birthYear : fields.birthYear } : newPerson({ id, ...fields }));
    });
    if (outcome.ok) onDone({ personId: id, name: outcome.genogram.people.find((entry) => entry.id === id)?.name ?? fields.name });
    else setIssue(outcome.issue);
  };
  return (
    <FormFrame
      onSubmit={() => void submit()}
      issue={issue}
      onCancel={() => onDone(undefined)}
      extra={
        person && onRemovePerson ? (
          <button type="button" className="button danger gg-remove-person" onClick={() => onRemovePerson(person.id)}>
            {t('genogram.form.removePerson')}
          </button>
        ) : undefined
      }
    >
      {familyChildren.length > 0 && (
        <div className="field">
          <label htmlFor="gg-person-child">{t('genogram.form.familyChild')}</label>
          <select id="gg-person-child" value={childId} onChange={(event) => setChildId(event.target.value)} aria-describedby="gg-person-child-help">
            <option value="">{t('genogram.form.familyChildNone')}</option>
            {familyChildren
              .filter((child) => !takenChildren.has(child.id))
              .map((child) => (
                <option key={child.id} value={child.id}>
                  {child.pseudonym || '?'}
                </option>
              ))}
          </select>
          <p className="help" id="gg-person-child-help">
            {t('genogram.form.familyChildHelp')}
          </p>
        </div>
      )}
      {!linked && (
        <TextField id="gg-person-name" label={t('genogram.form.name')} value={name} onChange={setName} help={t('genogram.form.nameHelp')} error={shown ? errorText(checks.name, t) : null} autoFocus />
      )}
      <fieldset className="gg-radios">
        <legend>{t('genogram.form.gender')}</legend>
        {genogramGenders.map((entry) => (
          <div key={entry} className="gg-check">
            <input id={`gg-person-gender-${entry}`} type="radio" name="gg-person-gender" value={entry} checked={gender === entry} onChange={() => setGender(entry)} />
            <label htmlFor={`gg-person-gender-${entry}`}>{t(`genogram.gender.${entry}`)}</label>
          </div>
        ))}
      </fieldset>
      <Check id="gg-person-pregnancy" label={t('genogram.form.pregnancy')} checked={pregnancy} onChange={setPregnancy} />
      {!linked && !pregnancy && (
        <TextField id="gg-person-birth" label={t('genogram.form.birthYear')} value={birthYear} onChange={setBirthYear} help={null} error={shown ? errorText(checks.birthYear, t) : null} inputMode="numeric" />
      )}
      <Check id="gg-person-deceased" label={t('genogram.form.deceased')} checked={deceased} onChange={setDeceased} />
      {deceased && (
        <TextField id="gg-person-death" label={t('genogram.form.deathYear')} value={deathYear} onChange={setDeathYear} help={null} error={shown ? errorText(checks.deathYear, t) : null} inputMode="numeric" />
      )}
      <Check id="gg-person-index" label={t('genogram.form.index')} checked={index} onChange={setIndex} />
      <TextField id="gg-person-note" label={t('genogram.form.note')} value={note} onChange={setNote} help={null} error={shown ? errorText(checks.note, t) : null} />
    </FormFrame>
  );
}

function RelationshipForm({ relationship, genogram, now, onSave, onDone }: FormProps & { relationship: GenogramRelationship | null }) {
  const { t } = useTranslation();
  const [a, setA] = useState(relationship?.a ?? '');
  const [b, setB] = useState(relationship?.b ?? '');
  const [kind, setKind] = useState<RelationshipKind>(relationship?.kind ?? 'married');
  const [start, setStart] = useState(relationship?.startYear?.toString() ?? '');
  const [end, setEnd] = useState(relationship?.endYear?.toString() ?? '');
  const [shown, setShown] = useState(false);
  const [issue, setIssue] = useState<ValidationIssue | null>(null);
  const startCheck = validateGenogramYear(start, now);
  const endCheck = validateGenogramYear(end, now);
  const submit = async () => {
    setShown(true);
    if (!a || !b) return setIssue({ key: 'genogram.validation.choosePerson', values: {} });
    if (!startCheck.ok || !endCheck.ok) return;
    const value: GenogramRelationship = { id: relationship?.id ?? crypto.randomUUID(), a, b, kind, startYear: startCheck.value, endYear: endCheck.value, note: relationship?.note ?? '' };
    const outcome = await onSave((current) => putRelationship(current, value));
    if (outcome.ok) onDone(null);
    else setIssue(outcome.issue);
  };
  return (
    <FormFrame onSubmit={() => void submit()} issue={issue} onCancel={() => onDone(undefined)}>
      <PersonSelect id="gg-rel-a" label={t('genogram.form.partnerA')} value={a} onChange={setA} genogram={genogram} />
      <PersonSelect id="gg-rel-b" label={t('genogram.form.partnerB')} value={b} onChange={setB} genogram={genogram} exclude={[a]} />
      <KindSelect id="gg-rel-kind" label={t('genogram.form.relationshipKind')} value={kind} kinds={relationshipKinds} textOf={(entry) => t(`genogram.relationship.${entry}`)} onChange={setKind} />
      <div className="gg-years-row">
        <TextField id="gg-rel-start" label={t('genogram.form.startYear')} value={start} onChange={setStart} help={null} error={shown ? errorText(startCheck, t) : null} inputMode="numeric" />
        <TextField id="gg-rel-end" label={t('genogram.form.endYear')} value={end} onChange={setEnd} help={null} error={shown ? errorText(endCheck, t) : null} inputMode="numeric" />
      </div>
    </FormFrame>
  );
}

function ParentsForm({ link, childId, genogram, onSave, onDone }: FormProps & { link: GenogramParentLink | null; childId?: string }) {
  const { t } = useTranslation();
  const [child, setChild] = useState(link?.child ?? childId ?? '');
  const [parent1, setParent1] = useState(link?.parents[0] ?? '');
  const [parent2, setParent2] = useState(link?.parents[1] ?? '');
  const [kind, setKind] = useState<ParentLinkKind>(link?.kind ?? 'birth');
  const [issue, setIssue] = useState<ValidationIssue | null>(null);
  const submit = async () => {
    if (!child || !parent1) return setIssue({ key: 'genogram.validation.choosePerson', values: {} });
    const value: GenogramParentLink = { id: link?.id ?? crypto.randomUUID(), child, parents: parent2 ? [parent1, parent2] : [parent1], kind };
    const outcome = await onSave((current) => putParentLink(current, value));
    if (outcome.ok) onDone(null);
    else setIssue(outcome.issue);
  };
  return (
    <FormFrame onSubmit={() => void submit()} issue={issue} onCancel={() => onDone(undefined)}>
      <PersonSelect id="gg-parents-child" label={t('genogram.form.child')} value={child} onChange={setChild} genogram={genogram} />
      <PersonSelect id="gg-parents-1" label={t('genogram.form.parent1')} value={parent1} onChange={setParent1} genogram={genogram} exclude={[child]} />
      <PersonSelect id="gg-parents-2" label={t('genogram.form.parent2')} value={parent2} onChange={setParent2} genogram={genogram} optional={t('genogram.form.noSecondParent')} exclude={[child, parent1]} />
      <KindSelect id="gg-parents-kind" label={t('genogram.form.linkKind')} value={kind} kinds={parentLinkKinds} textOf={(entry) => t(`genogram.parentLink.${entry}`)} onChange={setKind} />
    </FormFrame>
  );
}

function EmotionalLineForm({ line, genogram, onSave, onDone }: FormProps & { line: GenogramEmotionalLine | null }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(line?.from ?? '');
  const [to, setTo] = useState(line?.to ?? '');
  const [kind, setKind] = useState<EmotionalKind>(line?.kind ?? 'close');
  const [note, setNote] = useState(line?.note ?? '');
  const [issue, setIssue] = useState<ValidationIssue | null>(null);
  const noteCheck = validateGenogramNote(note);
  const submit = async () => {
    if (!from || !to) return setIssue({ key: 'genogram.validation.choosePerson', values: {} });
    if (!noteCheck.ok) return setIssue(noteCheck.issue);
    const value: GenogramEmotionalLine = { id: line?.id ?? crypto.randomUUID(), from, to, kind, note: noteCheck.value };
    const outcome = await onSave((current) => putEmotionalLine(current, value));
    if (outcome.ok) onDone(null);
    else setIssue(outcome.issue);
  };
  return (
    <FormFrame onSubmit={() => void submit()} issue={issue} onCancel={() => onDone(undefined)}>
      <KindSelect id="gg-line-kind" label={t('genogram.form.lineKind')} value={kind} kinds={emotionalKinds} textOf={(entry) => t(`genogram.emotional.${entry}`)} onChange={setKind} />
      <PersonSelect id="gg-line-from" label={t('genogram.form.from')} value={from} onChange={setFrom} genogram={genogram} />
      {kind === 'abuseSuspected' && <p className="help">{t('genogram.form.abuseHelp')}</p>}
      <PersonSelect id="gg-line-to" label={t('genogram.form.to')} value={to} onChange={setTo} genogram={genogram} exclude={[from]} />
      <TextField id="gg-line-note" label={t('genogram.form.note')} value={note} onChange={setNote} help={null} error={null} />
    </FormFrame>
  );
}

function HouseholdForm({ household, genogram, onSave, onDone }: FormProps & { household: GenogramHousehold | null }) {
  const { t } = useTranslation();
  const [name, setName] = useState(household?.name ?? '');
  const [members, setMembers] = useState<string[]>(household?.members ?? []);
  const [issue, setIssue] = useState<ValidationIssue | null>(null);
  const nameCheck = validateHouseholdName(name);
  const submit = async () => {
    if (!nameCheck.ok) return setIssue(nameCheck.issue);
    const value: GenogramHousehold = { id: household?.id ?? crypto.randomUUID(), name: nameCheck.value, members };
    const outcome = await onSave((current) => putHousehold(current, value));
    if (outcome.ok) onDone(null);
    else setIssue(outcome.issue);
  };
  const toggle = (personId: string, on: boolean) => setMembers((current) => (on ? [...current, personId] : current.filter((entry) => entry !== personId)));
  return (
    <FormFrame onSubmit={() => void submit()} issue={issue} onCancel={() => onDone(undefined)}>
      <TextField id="gg-household-name" label={t('genogram.form.householdName')} value={name} onChange={setName} help={null} error={null} />
      <fieldset className="gg-radios gg-members">
        <legend>{t('genogram.form.members')}</legend>
        {genogram.people.map((person) => (
          <Check key={person.id} id={`gg-household-${person.id}`} label={person.name} checked={members.includes(person.id)} onChange={(on) => toggle(person.id, on)} />
        ))}
      </fieldset>
    </FormFrame>
  );
}
