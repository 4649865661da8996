// The demonstration team: offered in an empty install, loaded in one transaction-like step,
// removed in one step. Demonstration rows carry `demo: 1`, so removal never touches real data.
import { demoFamilies, demoMembers, demoTeamName } from '../../../../shared/demo/demoTeam';
import type { KehaDatabase } from '../database';
import type { Session } from '../session';
import { createFamily } from './familyRepository';
import { addMember, readTeam } from './teamRepository';
import { sealPayload } from '../sealedRecords';

export async function isEmptyInstall(db: KehaDatabase): Promise<boolean> {
  return (await db.members.count()) === 0 && (await db.families.count()) === 0;
}

export async function hasDemoData(db: KehaDatabase): Promise<boolean> {
  return (await db.members.where('demo').equals(1).count()) + (await db.families.where('demo').equals(1).count()) > 0;
}

export async function loadDemoTeam(session: Session): Promise<void> {
  const ids = new Map<string, string>();
  try {
    for (const member of demoMembers) {
      ids.set(member.key, await addMember(session, { name: member.name, defaultRole: member.defaultRole }, true));
    }
    for (const family of demoFamilies(session.now().getFullYear())) {
      await createFamily(
        session,
        {
          code: family.code,
          label: family.label,
          responsibleMemberId: family.responsible ? (ids.get(family.responsible) ?? null) : null,
          status: family.status,
          notes: family.notes,
          children: family.children.map((child) => ({ id: crypto.randomUUID(), ...child })),
        },
        true,
      );
    }
    const team = await readTeam(session);
    if (team.name === '') {
      const payload = await sealPayload(session, session.db.team, 'team', { name: demoTeamName, demo: true });
      await session.db.team.put({ id: 'team', updatedAt: session.now().toISOString(), payload });
    }
  } catch (error) {
    await removeDemoData(session);
    throw error;
  }
}

/** Removes every demonstration row, and the team name if the demo set it. */
export async function removeDemoData(session: Session): Promise<void> {
  const team = await readTeam(session);
  await session.db.transaction('rw', [session.db.members, session.db.families, session.db.team], async () => {
    await session.db.members.where('demo').equals(1).delete();
    await session.db.families.where('demo').equals(1).delete();
    if (team.demo) await session.db.team.delete('team');
  });
}
