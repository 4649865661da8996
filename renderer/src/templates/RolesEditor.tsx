// The roles of a team's template: rename each in Finnish and English, say whether a family's own
// role (its responsible worker, its social counsellor) is instead held once per meeting, add a
// role, and remove one that no phase leads or has prompts for (otherwise the editor says which phases use it); a
// removal is undone from its message.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { en } from '../../../shared/i18n/en';
import { fi } from '../../../shared/i18n/fi';
import { familyRoleIds, localized, roleScope, roleScopes, templateLimits, type RoleScope, type TemplateRole } from '../../../shared/meeting/template';
import { addRole, newRoleId, newRoleName, removeRole, roleUses, setRoleName, setRoleScope } from '../../../shared/meeting/templateEditing';
import { useDone } from '../db/commands/commands';
import { randomIdPart } from '../db/commands/templateCommands';
import { useLanguage } from '../i18n/i18n';
import { useTemplateEditor } from './templateEditorContext';
import { TemplateTextField } from './TemplateTextField';

export function RolesEditor() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const done = useDone();
  const { template, saver, announce } = useTemplateEditor();
  const heading = useRef<HTMLHeadingElement>(null);
  const [added, setAdded] = useState<string | null>(null);
  const full = template.roles.length >= templateLimits.roles;

  function add() {
    const role: TemplateRole = { id: newRoleId(randomIdPart()), name: newRoleName(template, { fi: fi.templates.editor.newRole, en: en.templates.editor.newRole }) };
    void saver.apply((current) => addRole(current, role)).then((saved) => {
      if (!saved) return;
      setAdded(role.id);
      announce(t('templates.editor.roleAdded', { name: localized(role.name, language) }));
    });
  }

  async function remove(role: TemplateRole, index: number) {
    const removed = await saver.apply((current) => {
      const result = removeRole(current, role.id);
      if (!result.ok) throw new Error(`Role ${role.id} cannot be removed: ${result.reason}`);
      return result.template;
    });
    if (!removed) return;
    heading.current?.focus();
    const name = localized(role.name, language);
    done(
      (t) => t('templates.editor.roleRemoved', { name }),
      {
        undo: () => void saver.apply((current) => (current.roles.some((candidate) => candidate.id === role.id) ? current : addRole(current, role, index))),
      },
    );
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="template-section template-roles">
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('templates.editor.roles')}
      </h2>
      <p className="help">{t('templates.editor.rolesHelp')}</p>
      <ol className="role-list">
        {template.roles.map((role, index) => (
          <li key={role.id}>
            <RoleCard role={role} index={index} focusOnMount={role.id === added} onRemove={() => void remove(role, index)} />
          </li>
        ))}
      </ol>
      <div className="add-row">
        <button type="button" className="button" aria-disabled={full || undefined} aria-describedby={full ? `${id}-full` : undefined} onClick={() => !full && add()}>
          {t('templates.editor.addRole')}
        </button>
        {full && (
          <p className="help" id={`${id}-full`}>
            {t('templates.editor.tooManyRoles', { max: templateLimits.roles })}
          </p>
        )}
      </div>
    </section>
  );
}

type RoleCardProps = { role: TemplateRole; index: number; focusOnMount: boolean; onRemove: () => void };

function RoleCard({ role, index, focusOnMount, onRemove }: RoleCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const { template, saver } = useTemplateEditor();
  const card = useRef<HTMLElement>(null);
  const [blocked, setBlocked] = useState<string | null>(null);
  const name = localized(role.name, language);

  // A role just added: straight to its Finnish name, to type the real one.
  useEffect(() => {
    if (focusOnMount) card.current?.querySelector<HTMLInputElement>('input')?.select();
  }, [focusOnMount]);

  function tryRemove() {
    const result = removeRole(template, role.id);
    if (result.ok) {
      setBlocked(null);
      onRemove();
      return;
    }
    setBlocked(result.reason === 'last' ? t('templates.editor.lastRole') : t('templates.editor.roleInUse', { name, uses: usesText() }));
  }

  function usesText(): string {
    const uses = roleUses(template, role.id);
    const list = (indexes: number[]) => indexes.map((at) => `${at + 1} (${localized(template.phases[at]!.name, language)})`).join(', ');
    const parts = [];
    if (uses.leads.length > 0) parts.push(t('templates.editor.roleLeads', { phases: list(uses.leads) }));
    if (uses.prompts.length > 0) parts.push(t('templates.editor.rolePrompts', { phases: list(uses.prompts) }));
    return parts.join('; ');
  }

  return (
    <article className="card role-card" aria-labelledby={`${id}-heading`} ref={card}>
      <h3 id={`${id}-heading`}>{t('templates.editor.roleHeading', { number: index + 1, name })}</h3>
      <div className="two-languages">
        <TemplateTextField
          label={t('templates.editor.roleNameFi')}
          path={`roles.${index}.name.fi`}
          stored={role.name.fi}
          edit={(current, text) => setRoleName(current, role.id, 'fi', text)}
        />
        <TemplateTextField
          label={t('templates.editor.roleNameEn')}
          path={`roles.${index}.name.en`}
          stored={role.name.en}
          edit={(current, text) => setRoleName(current, role.id, 'en', text)}
        />
      </div>
      {familyRoleIds.includes(role.id) && (
        <div className="field">
          <label htmlFor={`${id}-scope`}>{t('templates.editor.roleScope')}</label>
          <select
            id={`${id}-scope`}
            value={roleScope(role)}
            aria-describedby={`${id}-scope-help`}
            onChange={(event) => void saver.apply((current) => setRoleScope(current, role.id, event.target.value as RoleScope))}
          >
            {roleScopes.map((scope) => (
              <option key={scope} value={scope}>
                {t(`templates.editor.roleScopes.${scope}`)}
              </option>
            ))}
          </select>
          <p className="help" id={`${id}-scope-help`}>
            {t('templates.editor.roleScopeHelp')}
          </p>
        </div>
      )}
      <div className="card-buttons">
        <button
          type="button"
          className="button"
          aria-label={t('templates.editor.removeRoleLabel', { name })}
          aria-describedby={blocked ? `${id}-blocked` : undefined}
          onClick={tryRemove}
        >
          {t('templates.editor.removeRole')}
        </button>
      </div>
      {blocked && (
        <p className="inline-warning" id={`${id}-blocked`} role="alert">
          {blocked}
        </p>
      )}
    </article>
  );
}
