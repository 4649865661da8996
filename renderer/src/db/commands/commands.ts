// The write path of the screens (docs/architecture.md: Writes: commands). A feature lists the
// repository functions it may call as a spec; `useCommands(spec)` binds each to the unlocked session,
// so a screen calls `commands.setFamilyStatus(id, status)` and never passes the session or imports a
// repository. A storage failure becomes the one message (`storageErrorText`) on the one path (the
// notification bar); a command declared with `undoable` knows its inverse, and `done` offers Undo.
import { useMemo } from 'react';
import { useNotify, type Notification } from '../../components/Notifications';
import type { KehaDatabase } from '../database';
import type { Session } from '../session';
import { useSession } from '../sessionContext';
import { storageErrorText } from '../storageErrors';

/** A repository function: the session (or, before unlock, the database) first, then its own arguments. */
type Write<C, A extends any[], R> = (context: C, ...args: A) => Promise<R>;

/** A write and its inverse, given what the write returned (e.g. delete → the deleted rows → restore). */
export type Undoable<C, A extends any[], R> = { run: Write<C, A, R>; inverse: (context: C, result: NonNullable<R>) => Promise<unknown> };

/** Declares `run` with its inverse. */
export function undoable<C, A extends any[], R>(run: Write<C, A, R>, inverse: (context: C, result: NonNullable<R>) => Promise<unknown>): Undoable<C, A, R> {
  return { run, inverse };
}

type Spec<C> = Record<string, Write<C, any[], any> | Undoable<C, any[], any>>;

export type BoundCommand<A extends unknown[], R> = {
  /** Runs the write; if it fails, shows the one storage message and resolves to `undefined`. */
  (...args: A): Promise<R | undefined>;
  /** Runs the write and lets a failure through, for a form that shows it in place or a refusal the caller explains. */
  orThrow(...args: A): Promise<R>;
};

export type BoundUndoable<A extends unknown[], R> = BoundCommand<A, R> & {
  /** Runs the inverse for what the write returned; a failure shows the one message. True when undone. */
  undo(result: NonNullable<R>): Promise<boolean>;
  /** The inverse, letting a failure through. */
  undoOrThrow(result: NonNullable<R>): Promise<void>;
};

export type Bound<C, S extends Spec<C>> = {
  [K in keyof S]: S[K] extends Undoable<C, infer A, infer R> ? BoundUndoable<A, R> : S[K] extends Write<C, infer A, infer R> ? BoundCommand<A, R> : never;
};

export type DoneOptions = {
  /** What Undo does; the notification offers Undo (Alt+U) only when it is given. */
  undo?: () => unknown;
  /** The family whose data Undo would put back: the message goes when that family is erased. */
  familyId?: string;
};

export type CommandTools<C> = {
  /** The session (or database) the commands run with, for the rare read a spec does not cover. */
  context: C;
  /** Shows the one storage message for `error`. */
  report(error: unknown): void;
  /** Says what was done; with `options.undo`, offers Undo. */
  done(message: Notification['message'], options?: DoneOptions): void;
};

type Notify = ReturnType<typeof useNotify>;

/** Says what was done through `notify`; with `options.undo`, offers the one Undo. */
function doneWith(notify: Notify): CommandTools<unknown>['done'] {
  return (message, options = {}) =>
    notify({
      message,
      ...(options.undo && { action: { label: (t) => t('commands.undo'), run: async () => void (await options.undo?.()) } }),
      ...(options.familyId !== undefined && { familyId: options.familyId }),
    });
}

/**
 * `done` alone, for edits that are not repository writes (a plan or template kept by its autosaver):
 * the same message and the same Undo as a command's.
 */
export function useDone(): CommandTools<unknown>['done'] {
  const notify = useNotify();
  return useMemo(() => doneWith(notify), [notify]);
}

/** The commands of `spec` bound to `context`, reporting through `notify` (outside React: tests, other hooks). */
export function bindCommands<C, S extends Spec<C>>(context: C, spec: S, notify: Notify): Bound<C, S> & CommandTools<C> {
  const report = (error: unknown) => notify({ message: (t) => storageErrorText(error, t) });
  const done = doneWith(notify);
  const bound: Record<string, unknown> = { context, report, done };
  for (const [name, entry] of Object.entries(spec)) {
    const run = typeof entry === 'function' ? entry : entry.run;
    const orThrow = (...args: unknown[]) => run(context, ...args);
    const command = Object.assign(
      async (...args: unknown[]) => {
        try {
          return await orThrow(...args);
        } catch (error) {
          report(error);
          return undefined;
        }
      },
      { orThrow },
    );
    if (typeof entry !== 'function') {
      const undoOrThrow = async (result: unknown) => void (await entry.inverse(context, result as never));
      Object.assign(command, {
        undoOrThrow,
        undo: async (result: unknown) => {
          try {
            await undoOrThrow(result);
            return true;
          } catch (error) {
            report(error);
            return false;
          }
        },
      });
    }
    bound[name] = command;
  }
  return bound as Bound<C, S> & CommandTools<C>;
}

/** A feature's commands, bound to the unlocked session. `spec` is a module constant. */
export function useCommands<S extends Spec<Session>>(spec: S): Bound<Session, S> & CommandTools<Session> {
  const session = useSession();
  const notify = useNotify();
  return useMemo(() => bindCommands(session, spec, notify), [session, spec, notify]);
}

/** Commands that run before the vault is unlocked (creating, unlocking, the language), bound to the database. */
export function useDatabaseCommands<S extends Spec<KehaDatabase>>(db: KehaDatabase, spec: S): Bound<KehaDatabase, S> & CommandTools<KehaDatabase> {
  const notify = useNotify();
  return useMemo(() => bindCommands(db, spec, notify), [db, spec, notify]);
}
