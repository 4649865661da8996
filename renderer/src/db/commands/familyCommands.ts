// The families' writes for screens (docs/architecture.md: Writes: commands).
import type { Child } from '../../../../shared/family/family';
import {
  countChildSessions,
  createFamily,
  deleteFamily,
  listFamilies,
  removeChild,
  restoreChild,
  restoreFamily,
  setFamilyCode,
  setFamilyStatus,
  takenCodes,
  updateFamilyPayload,
} from '../repositories/familyRepository';
import type { Session } from '../session';
import { undoable, useCommands } from './commands';

export { CodeTakenError, FamilyErasedError, type NewFamily } from '../repositories/familyRepository';

/** Changes one child's fields in the family's sealed payload. */
const changeChild = (session: Session, familyId: string, childId: string, change: Partial<Child>) =>
  updateFamilyPayload(session, familyId, (payload) => ({
    ...payload,
    children: payload.children.map((child) => (child.id === childId ? { ...child, ...change } : child)),
  }));

const familyCommands = {
  createFamily,
  listFamilies,
  takenCodes,
  setFamilyCode,
  setFamilyStatus,
  updateFamilyPayload,
  deleteFamily: undoable(deleteFamily, restoreFamily),
  restoreFamily,
  changeChild,
  addChild: (session: Session, familyId: string, child: Child) =>
    updateFamilyPayload(session, familyId, (payload) => ({ ...payload, children: [...payload.children, child] })),
  countChildSessions,
  removeChild: undoable(removeChild, restoreChild),
};

export const useFamilyCommands = () => useCommands(familyCommands);
