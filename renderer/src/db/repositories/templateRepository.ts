// The team's own meeting templates: made by cloning a built-in or another template, or by
// importing a file; edited in the template editor; deleted with undo. Every write is checked with
// the one template schema (validateTemplate) and an invalid template is refused with every problem,
// nothing written. Edits are change functions applied to the template as stored now: if another
// window wrote in between (its updatedAt or content differs from what was read), the change is
// applied again on top of that, so neither edit is lost. Templates hold no client data and are kept
// in the clear (database.ts TemplateRow); a meeting keeps its own snapshot, so nothing here ever
// reaches a meeting already planned or held.
import { builtInTemplates, findBuiltInTemplate } from '../../../../shared/meeting/builtInTemplates';
import { en } from '../../../../shared/i18n/en';
import { fi } from '../../../../shared/i18n/fi';
import { clipName, newTemplateId } from '../../../../shared/meeting/templateEditing';
import { localized, validateTemplate, type LocalizedText, type MeetingTemplate } from '../../../../shared/meeting/template';
import type { ValidationIssue } from '../../../../shared/validation';
import type { TemplateRow } from '../database';
import { RecordMissingError } from '../sealedRecords';
import type { Session } from '../session';
import { canonicalJson } from './meetingRepository';

/** The template breaks the schema: nothing was written. `issues` lists every problem. */
export class TemplateInvalidError extends Error {
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(`Invalid template: ${issues.map((issue) => `${issue.key} at ${String(issue.values.path)}`).join('; ')}`);
    this.name = 'TemplateInvalidError';
  }
}

/** Built-in templates are never stored or changed as a team's own. */
export class TemplateReadOnlyError extends Error {
  constructor(readonly id: string) {
    super(`Template ${id} is built in and cannot be changed`);
    this.name = 'TemplateReadOnlyError';
  }
}

const builtInPrefix = 'builtIn.';

/** 12 random hex digits for a new template, phase or role id (see templateEditing.ts). */
export function randomIdPart(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 12);
}

export function isBuiltInTemplateId(id: string): boolean {
  return id.startsWith(builtInPrefix) || findBuiltInTemplate(id) !== undefined;
}

/** The team's templates, by name in `language` (then by id, so the order is stable). */
export async function listTemplates(session: Session, language: 'fi' | 'en' = 'fi'): Promise<TemplateRow[]> {
  const rows = await session.db.templates.toArray();
  return rows.sort((a, b) => localized(a.template.name, language).localeCompare(localized(b.template.name, language), language) || a.id.localeCompare(b.id));
}

export async function readTemplate(session: Session, id: string): Promise<TemplateRow | null> {
  return (await session.db.templates.get(id)) ?? null;
}

/** "Kopio: …" / "Copy of …", in both languages whatever the UI language. */
export function copyName(name: LocalizedText): LocalizedText {
  return {
    fi: clipName(fi.templates.copyName.replace('{{name}}', name.fi)),
    en: clipName(en.templates.copyName.replace('{{name}}', name.en)),
  };
}

/**
 * A copy of a template (a built-in one or the team's own) as a new template of the team's, with a
 * new id and "Copy of …" names. Returns the new id.
 */
export async function cloneTemplate(session: Session, source: MeetingTemplate): Promise<string> {
  const id = newTemplateId(randomIdPart());
  await addTemplate(session, { ...structuredClone(source), id, name: copyName(source.name) });
  return id;
}

/**
 * Changes a template of the team's: `change` gets the template as stored now and returns the new
 * one, which must pass the schema (else TemplateInvalidError, nothing written). Its id stays. A
 * template deleted meanwhile gives RecordMissingError. Returns the template as saved (texts trimmed).
 */
export async function updateTemplate(
  session: Session,
  id: string,
  change: (template: MeetingTemplate) => MeetingTemplate,
): Promise<MeetingTemplate> {
  if (isBuiltInTemplateId(id)) throw new TemplateReadOnlyError(id);
  const { db } = session;
  for (let attempt = 0; attempt < 8; attempt++) {
    const row = await db.templates.get(id);
    if (!row) throw new RecordMissingError(db.templates.name, id);
    const checked = validateTemplate({ ...change(row.template), id });
    if (!checked.ok) throw new TemplateInvalidError(checked.issues);
    const written = await db.transaction('rw', db.templates, async () => {
      const latest = await db.templates.get(id);
      if (!latest) throw new RecordMissingError(db.templates.name, id);
      // Someone wrote in between (another window, or a quick second edit here): apply the change again on top.
      if (latest.updatedAt !== row.updatedAt || canonicalJson(latest.template) !== canonicalJson(row.template)) return false;
      await db.templates.put({ ...latest, template: checked.value, updatedAt: session.now().toISOString() });
      return true;
    });
    if (written) return checked.value;
  }
  throw new Error(`Could not save template ${id}: it kept changing`);
}

/** Deletes a template of the team's and returns it as stored, for undo. Meetings keep their snapshots. */
export function deleteTemplate(session: Session, id: string): Promise<TemplateRow | undefined> {
  const { db } = session;
  return db.transaction('rw', db.templates, async () => {
    const row = await db.templates.get(id);
    if (row) await db.templates.delete(id);
    return row;
  });
}

/** Undo of deleteTemplate: the template back as it was (under a new id if its id was taken meanwhile). Returns its id. */
export async function restoreTemplate(session: Session, row: TemplateRow): Promise<string> {
  const { db } = session;
  return db.transaction('rw', db.templates, async () => {
    if (!(await db.templates.get(row.id))) {
      await db.templates.add(row);
      return row.id;
    }
    const id = newTemplateId(randomIdPart());
    await db.templates.add({ ...row, id, template: { ...row.template, id } });
    return id;
  });
}

/**
 * What importing a template did: `imported` (under the file's id, or a new one when that id is a
 * built-in's or already names a different template here), or nothing because a template with the
 * same content is already here (`alreadyHere`: the team's, by id; `builtIn`: a built-in one).
 */
export type ImportResult =
  | { status: 'imported'; id: string; template: MeetingTemplate }
  | { status: 'alreadyHere'; id: string; template: MeetingTemplate }
  | { status: 'builtIn'; id: string; template: MeetingTemplate };

/** Imports a template read from a file (already validated by readTemplateFile; checked again here). */
export async function importTemplate(session: Session, input: MeetingTemplate): Promise<ImportResult> {
  const checked = validateTemplate(input);
  if (!checked.ok) throw new TemplateInvalidError(checked.issues);
  const template = checked.value;
  const content = contentKey(template);
  const builtIn = builtInTemplates.find((candidate) => contentKey(candidate) === content);
  if (builtIn) return { status: 'builtIn', id: builtIn.id, template: builtIn };
  const { db } = session;
  return db.transaction('rw', db.templates, async (): Promise<ImportResult> => {
    const rows = await db.templates.toArray();
    const same = rows.find((row) => contentKey(row.template) === content);
    if (same) return { status: 'alreadyHere', id: same.id, template: same.template };
    const idTaken = isBuiltInTemplateId(template.id) || rows.some((row) => row.id === template.id);
    const id = idTaken ? newTemplateId(randomIdPart()) : template.id;
    const at = session.now().toISOString();
    const stored = { ...template, id };
    await db.templates.add({ id, template: stored, createdAt: at, updatedAt: at });
    return { status: 'imported', id, template: stored };
  });
}

async function addTemplate(session: Session, template: MeetingTemplate): Promise<void> {
  if (isBuiltInTemplateId(template.id)) throw new TemplateReadOnlyError(template.id);
  const checked = validateTemplate(template);
  if (!checked.ok) throw new TemplateInvalidError(checked.issues);
  const at = session.now().toISOString();
  await session.db.templates.add({ id: template.id, template: checked.value, createdAt: at, updatedAt: at });
}

/** A template's content without its id: two templates with the same key are the same template. */
function contentKey(template: MeetingTemplate): string {
  return canonicalJson({ ...template, id: '' });
}
