// Saves every template-editor edit at once through updateTemplate and keeps one save state for the
// whole template ("Saving…", "All changes saved", or why the latest change was not saved). Edits
// are change functions applied to the stored template inside the write, so quick edits (and edits
// from another window) never overwrite each other; an edit that would break the template is
// refused by the repository and nothing is written.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { MeetingTemplate } from '../../../shared/meeting/template';
import { useSession } from '../db/sessionContext';
import { updateTemplate } from '../db/repositories/templateRepository';

export type TemplateSaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: unknown };

export type TemplateChange = (template: MeetingTemplate) => MeetingTemplate;

export function useTemplateSaver(templateId: string) {
  const session = useSession();
  const [state, setState] = useState<TemplateSaveState>({ kind: 'idle' });
  const pending = useRef(new Set<Promise<unknown>>());

  /** Saves one change; rejects when it could not be saved (the state says why too). */
  const save = useCallback(
    async (change: TemplateChange): Promise<MeetingTemplate> => {
      setState({ kind: 'saving' });
      const write = updateTemplate(session, templateId, change);
      pending.current.add(write);
      try {
        const saved = await write;
        pending.current.delete(write);
        if (pending.current.size === 0) setState({ kind: 'saved' });
        return saved;
      } catch (error) {
        pending.current.delete(write);
        setState({ kind: 'failed', error });
        throw error;
      }
    },
    [session, templateId],
  );

  /** Like save, for event handlers: a failure is shown in the save state instead of thrown. */
  const apply = useCallback((change: TemplateChange) => save(change).then(() => true, () => false), [save]);

  return useMemo(() => ({ state, save, apply }), [state, save, apply]);
}

export type TemplateSaver = ReturnType<typeof useTemplateSaver>;
