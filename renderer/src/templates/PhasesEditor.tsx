// The phases of a team's template in meeting order: a list reordered by dragging or by the keyboard
// (react-aria GridList drag and drop, like the planner's deep dives), where choosing a phase opens
// it in the phase editor below; Add a phase (at the end, opened at once); removal with undo.
import { useEffect, useId, useRef, useState } from 'react';
import { Button, GridList, GridListItem } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { en } from '../../../shared/i18n/en';
import { fi } from '../../../shared/i18n/fi';
import { localized, templateLimits, type MeetingTemplate, type TemplatePhase } from '../../../shared/meeting/template';
import { addPhase, movePhase, newPhase, newPhaseId, newPhaseName, removePhase } from '../../../shared/meeting/templateEditing';
import { useDone } from '../db/commands/commands';
import { useReorderByDrag } from '../components/useReorderByDrag';
import { randomIdPart } from '../db/commands/templateCommands';
import { useLanguage } from '../i18n/i18n';
import { PhaseEditor } from './PhaseEditor';
import { phaseTimeText, useTemplateEditor } from './templateEditorContext';

export function PhasesEditor({ selectedId, onSelect }: { selectedId: string | null; onSelect: (phaseId: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const done = useDone();
  const { template, saver, announce } = useTemplateEditor();
  const phases = template.phases;
  const selectedIndex = Math.max(0, phases.findIndex((phase) => phase.id === selectedId));
  const selected = phases[selectedIndex];
  const editorHeading = useRef<HTMLHeadingElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  // Focus goes to the phase editor's heading once the chosen (or added) phase is shown there.
  const [focusPhase, setFocusPhase] = useState<string | null>(null);
  useEffect(() => {
    if (focusPhase && selected?.id === focusPhase) {
      editorHeading.current?.focus();
      setFocusPhase(null);
    }
  }, [focusPhase, selected?.id]);

  function open(phaseId: string) {
    onSelect(phaseId);
    setFocusPhase(phaseId);
  }

  function saveOrder(change: (template: MeetingTemplate) => MeetingTemplate, movedId: string) {
    void saver.apply(change).then((saved) => {
      const phase = phases.find((candidate) => candidate.id === movedId);
      if (!saved || !phase) return;
      const order = change(template).phases;
      const position = order.findIndex((candidate) => candidate.id === movedId) + 1;
      announce(t('templates.editor.phaseMoved', { name: localized(phase.name, language), position, count: order.length }));
    });
  }

  const dragAndDropHooks = useReorderByDrag({
    items: phases,
    textOf: (phase) => localized(phase.name, language),
    onReorder: (reorder, movedId) => saveOrder((current) => ({ ...current, phases: reorder(current.phases) }), movedId),
    dropClassName: 'phase-drop',
  });

  function add() {
    const phaseId = newPhaseId(randomIdPart());
    const name = newPhaseName(template, { fi: fi.templates.editor.newPhase, en: en.templates.editor.newPhase });
    const position = phases.length + 1;
    void saver.apply((current) => addPhase(current, newPhase(phaseId, name))).then((saved) => {
      if (!saved) return;
      open(phaseId);
      announce(t('templates.editor.phaseAdded', { name: localized(name, language), position }));
    });
  }

  async function remove(phase: TemplatePhase, index: number) {
    const next = phases[index + 1] ?? phases[index - 1];
    const removed = await saver.apply((current) => {
      const result = removePhase(current, phase.id);
      if (!result.ok) throw new Error(`Phase ${phase.id} cannot be removed: ${result.reason}`);
      return result.template;
    });
    if (!removed) return;
    if (next) onSelect(next.id);
    listHeading.current?.focus();
    const name = localized(phase.name, language);
    done(
      (t) => t('templates.editor.phaseRemoved', { name }),
      {
        undo: () =>
          void saver
            .apply((current) => (current.phases.some((candidate) => candidate.id === phase.id) ? current : addPhase(current, phase, index)))
            .then((saved) => saved && onSelect(phase.id)),
      },
    );
  }

  const full = phases.length >= templateLimits.phases;
  return (
    <section aria-labelledby={`${id}-heading`} className="template-section template-phases">
      <h2 id={`${id}-heading`} ref={listHeading} tabIndex={-1}>
        {t('templates.editor.phases')}
      </h2>
      <p className="help">{t('templates.editor.phasesHelp')}</p>
      <GridList
        aria-label={t('templates.editor.phaseListLabel')}
        className="phase-order"
        items={phases}
        dragAndDropHooks={dragAndDropHooks}
        keyboardNavigationBehavior="tab"
        onAction={(key) => open(String(key))}
      >
        {(phase) => <PhaseRow phase={phase} index={phases.indexOf(phase)} editing={phase.id === selected?.id} onEdit={() => open(phase.id)} />}
      </GridList>
      <div className="add-row">
        <button type="button" className="button" aria-disabled={full || undefined} aria-describedby={full ? `${id}-full` : undefined} onClick={() => !full && add()}>
          {t('templates.editor.addPhase')}
        </button>
        {full && (
          <p className="help" id={`${id}-full`}>
            {t('templates.editor.tooManyPhases', { max: templateLimits.phases })}
          </p>
        )}
      </div>
      {selected && (
        <PhaseEditor
          key={selected.id}
          ref={editorHeading}
          phase={selected}
          index={selectedIndex}
          onMove={(to) => saveOrder((current) => movePhase(current, selected.id, to), selected.id)}
          onRemove={() => void remove(selected, selectedIndex)}
        />
      )}
    </section>
  );
}

/** One row of the phase list: drag handle, number, name, time, and the button that opens it. */
function PhaseRow({ phase, index, editing, onEdit }: { phase: TemplatePhase; index: number; editing: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = localized(phase.name, language);
  return (
    <GridListItem id={phase.id} textValue={name} className={`phase-row${editing ? ' phase-row-editing' : ''}`}>
      <Button slot="drag" className="drag-handle">
        <span aria-hidden="true">⠿</span>
      </Button>
      <span className="position">{index + 1}.</span>
      <span className="phase-row-name">
        <strong>{name}</strong>
        <span className="muted">
          {' · '}
          {phaseTimeText(phase, t, language)}
          {phase.scope === 'perDeepDiveFamily' && <> · {t('templates.editor.perFamilyBadge')}</>}
        </span>
        {editing && <span className="phase-row-marker"> ({t('templates.editor.editing')})</span>}
      </span>
      <Button className="button phase-row-edit" aria-label={t('templates.editor.editLabel', { name })} onPress={onEdit}>
        {t('templates.editor.edit')}
      </Button>
    </GridListItem>
  );
}
