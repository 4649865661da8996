// Covers renderer/src/db/familyData.ts, the family-data registry: every table of the current schema is
// classified once, a table that can hold a family's rows (a `familyId` index, or `familyId` bound to its
// payload) is owned, and deleting (with undo), erasing and demo-removing a family take exactly its rows
// from every owned table, leaving another family's rows untouched.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  familyOwnedTableNames,
  familyOwnedTables,
  familyReferences,
  notFamilyData,
  tableClassification,
  type FamilyOwnedTable,
} from '../../../renderer/src/db/familyData';
import { describeFamilyDataBehaviour, indexesOf, linkedTables, schemaTables } from './familyDataBehaviour';

describe('the family-data registry', () => {
  it('classifies every table of the current schema exactly once', () => {
    const lists = [['families'], familyOwnedTableNames, Object.keys(familyReferences), Object.keys(notFamilyData)];
    const named = lists.flat();
    expect(new Set(named).size, 'no table in two lists').toBe(named.length);
    expect([...named].sort()).toEqual([...schemaTables].sort());
    expect(Object.keys(tableClassification).sort()).toEqual([...schemaTables].sort());
  });

  it('owns every table whose rows can belong to a family: a familyId index or familyId bound to the payload', () => {
    expect(linkedTables.length).toBeGreaterThan(10);
    for (const table of linkedTables) {
      expect(familyOwnedTableNames, `${table} holds a family's rows: add it to familyOwnedTables`).toContain(table);
    }
  });

  it('declares each owned table the way the schema stores it', () => {
    for (const name of familyOwnedTableNames) {
      const spec: FamilyOwnedTable = familyOwnedTables[name];
      const indexes = indexesOf(name);
      expect(indexes.includes('familyId'), `${name}: familyIndex iff familyId is indexed`).toBe(spec.link.by === 'familyIndex');
      if (spec.capturedInMeeting) expect(indexes, `${name} is captured in a meeting: meetingId indexed`).toContain('meetingId');
    }
  });

  it('covers the genogram and the network map', () => {
    expect(familyOwnedTableNames).toEqual(expect.arrayContaining(['genograms', 'networkMaps']));
  });

  it('covers the quick round’s lines, captured in a meeting (a demo meeting with a real family’s line is kept)', () => {
    expect(familyOwnedTables.quickRoundLines).toEqual({ link: { by: 'familyIndex' }, capturedInMeeting: true });
  });
});

describeFamilyDataBehaviour();
