// What every part of the template editor needs: the template as stored now, the saver, and a way to
// tell screen-reader users what a move or addition did; plus how templates' tools, meeting types and
// planned times read in the UI language (shared with the preview and the list).
import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';
import type { Language } from '../../../shared/i18n/messages';
import { minutesNumber, plannedMinutesText } from '../../../shared/i18n/timeText';
import { isBuiltInKind, type MeetingTemplate, type MeetingTool, type TemplatePhase } from '../../../shared/meeting/template';
import { toolNameKey } from '../../../shared/meeting/tools/registry';
import type { TemplateSaver } from './useTemplateSaver';

export type TemplateEditor = {
  template: MeetingTemplate;
  saver: TemplateSaver;
  /** Says something to screen-reader users (a move, an addition). */
  announce: (text: string) => void;
};

export const TemplateEditorContext = createContext<TemplateEditor | null>(null);

export function useTemplateEditor(): TemplateEditor {
  const editor = useContext(TemplateEditorContext);
  if (!editor) throw new Error('useTemplateEditor outside the template editor');
  return editor;
}

/** A capture tool's name in the UI language (tools/registry.ts: `toolNameKey`). */
export function toolName(tool: MeetingTool, t: TFunction): string {
  return t(toolNameKey(tool));
}

export { minutesNumber } from '../../../shared/i18n/timeText';

/** A length of time: "45 min", "7.5 min", "1 h", "2 h 18.5 min" (to the half minute, as templates plan). */
export function durationText(ms: number, t: TFunction, language: Language): string {
  const total = Math.round(ms / 30_000) / 2;
  const hours = Math.floor(total / 60);
  const minutes = minutesNumber(total - hours * 60, language);
  if (hours === 0) return plannedMinutesText(total * 60_000, language, (key, values) => t(key, values ?? {}));
  if (total === hours * 60) return t('templates.duration.hours', { hours });
  return t('templates.duration.hoursMinutes', { hours, minutes });
}

/** A phase's planned time as its own: "10 min" or "2 min per family". */
export function phaseTimeText(phase: TemplatePhase, t: TFunction, language: Language): string {
  if (phase.plannedMinutesPerFamily !== undefined) {
    return t('templates.duration.perFamily', { minutes: minutesNumber(phase.plannedMinutesPerFamily, language) });
  }
  return plannedMinutesText((phase.plannedMinutes ?? 0) * 60_000, language, (key, values) => t(key, values ?? {}));
}

/** The meeting type in words: a built-in kind's name, or "Other (kind)". */
export function kindName(kind: string, t: TFunction): string {
  return isBuiltInKind(kind) ? t(`templates.kinds.${kind}`) : t('templates.kinds.other', { kind });
}
