// This computer (docs/domain.md: The team on several computers): a random id made once per Kehä
// profile and the team member who said at unlock that they are using it. Both are kept in the local
// `settings` table, which is never synced: each computer has its own.
import { rememberedMember } from '../../../../shared/team/thisComputer';
import type { KehaDatabase } from '../database';

/** This computer's id, made (crypto.randomUUID) the first time it is asked for; the same in every window. */
export async function ensureComputerId(db: KehaDatabase): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get('computerId');
    if (row?.value) return row.value;
    const computerId = crypto.randomUUID();
    await db.settings.put({ key: 'computerId', value: computerId });
    return computerId;
  });
}

/**
 * The member remembered as using this computer, if they are still an active member (a member's status
 * is in the clear, so this needs no key); null when nobody is remembered or they were archived.
 */
export async function readComputerMember(db: KehaDatabase): Promise<string | null> {
  const row = await db.settings.get('computerMemberId');
  if (!row?.value) return null;
  const member = await db.members.get(row.value);
  return rememberedMember(row.value, member ? [member] : []);
}

/** Remembers who is using this computer; null forgets it (the next unlock asks again). */
export async function saveComputerMember(db: KehaDatabase, memberId: string | null): Promise<void> {
  if (memberId === null) {
    await db.settings.delete('computerMemberId');
    return;
  }
  const member = await db.members.get(memberId);
  if (!member || member.status !== 'active') throw new RangeError('Only an active member of the team can be the one using this computer');
  await db.settings.put({ key: 'computerMemberId', value: memberId });
}
