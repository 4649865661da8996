// The genogram screen's write path: each edit is one of the domain's pure edits (shared/genogram/
// edit.ts) saved through the genogram's commands (db/commands/genogramCommands.ts); a refusal comes back as the issue for the form to show,
// any other failure as the one storage message; a removal offers Undo, which puts back exactly what
// it took (restoreRemoved) on top of whatever was written meanwhile.
import { useCallback } from 'react';
import { restoreRemoved, type GenogramRemoval } from '../../../shared/genogram/edit';
import type { Genogram } from '../../../shared/genogram/genogram';
import { valid, type Validated, type ValidationIssue } from '../../../shared/validation';
import { useNotify } from '../components/Notifications';
import { GenogramRefusedError, useGenogramCommands } from '../db/commands/genogramCommands';

export type SaveOutcome = { ok: true; genogram: Genogram } | { ok: false; issue: ValidationIssue | null };

export function useGenogramEdits(familyId: string) {
  const commands = useGenogramCommands();
  const notify = useNotify();

  /** Saves an edit; a refusal is returned (for the form), a storage failure is announced. */
  const save = useCallback(
    async (change: (current: Genogram) => Validated<Genogram>): Promise<SaveOutcome> => {
      try {
        return { ok: true, genogram: await commands.updateGenogram.orThrow(familyId, change) };
      } catch (error) {
        if (error instanceof GenogramRefusedError) return { ok: false, issue: error.issue };
        commands.report(error);
        return { ok: false, issue: null };
      }
    },
    [commands, familyId],
  );

  /** Runs a removal and offers Undo; `message` says what went. */
  const remove = useCallback(
    async (removal: (current: Genogram) => { genogram: Genogram; removed: GenogramRemoval }, message: (t: Parameters<Parameters<typeof notify>[0]['message']>[0]) => string) => {
      let removed: GenogramRemoval | undefined;
      const outcome = await save((current) => {
        const result = removal(current);
        removed = result.removed;
        return valid(result.genogram);
      });
      if (!outcome.ok) {
        if (outcome.issue) notify({ message: (t) => t(outcome.issue!.key, outcome.issue!.values) });
        return false;
      }
      const taken = removed!;
      notify({
        message,
        familyId,
        action: {
          label: (t) => t('genogram.screen.undo'),
          run: async () => {
            const back = await save((current) => valid(restoreRemoved(current, taken)));
            if (back.ok) notify({ message: (t) => t('genogram.screen.restored') });
          },
        },
      });
      return true;
    },
    [save, notify, familyId],
  );

  return { save, remove };
}
