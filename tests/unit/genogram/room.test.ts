// Covers what the room's shared screen may see of a genogram (shared/genogram/room.ts): no notes of
// the team and no link to the family's child record ever; abuse suspected only with the team alone;
// what is drawn has exactly the declared fields, positions instead of ids, and draws the same picture.
import { describe, expect, it } from 'vitest';
import { genogramIssues } from '../../../shared/genogram/genogram';
import { layoutGenogram } from '../../../shared/genogram/layout';
import { drawGenogramForRoom, genogramForRoom, roomGenogramAsGenogram, roomGenogramFields } from '../../../shared/genogram/room';
import { threeGenerations } from './families';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((entry) => keyPaths(entry, `${prefix}[]`));
  if (typeof value !== 'object' || value === null) return prefix === '' ? [] : [prefix];
  return Object.entries(value).flatMap(([key, entry]) => [`${prefix}.${key}`, ...keyPaths(entry, `${prefix}.${key}`)]);
}

function withSecrets() {
  const genogram = threeGenerations();
  genogram.people[0] = { ...genogram.people[0]!, note: 'INTERNAL-person-note', childId: 'child-record-id' };
  genogram.relationships[0] = { ...genogram.relationships[0]!, note: 'INTERNAL-relationship-note' };
  genogram.emotionalLines.push({ id: 'e-close', from: 'child1', to: 'pgm', kind: 'close', note: 'INTERNAL-line-note' });
  genogram.emotionalLines.push({ id: 'e-abuse', from: 'father', to: 'child2', kind: 'abuseSuspected', note: 'INTERNAL-abuse-note' });
  genogram.households.push({ id: 'home-x', name: 'Äidin koti', members: ['mother', 'child1'] });
  genogram.people[3] = { ...genogram.people[3]!, offset: { x: 20, y: -10 } };
  return genogram;
}

describe('the genogram on the room’s screen', () => {
  it('never shows the team’s notes, child record links or database ids', () => {
    const drawn = drawGenogramForRoom(genogramForRoom(withSecrets(), []));
    const text = JSON.stringify(drawn);
    for (const secret of ['INTERNAL', 'child-record-id', 'e-close', 'e-abuse', 'home-x', '"r0"', '"l0"']) expect(text, secret).not.toContain(secret);
    expect(new Set(keyPaths(drawn))).toEqual(new Set(roomGenogramFields));
  });

  it('shows abuse suspected with the team alone, never with the family or the network in the room', () => {
    const team = drawGenogramForRoom(genogramForRoom(withSecrets(), []));
    expect(team.emotionalLines.map((line) => line.kind)).toEqual(['close', 'abuseSuspected']);
    for (const audiences of [['parents'], ['network'], ['parents', 'network']]) {
      expect(drawGenogramForRoom(genogramForRoom(withSecrets(), audiences)).emotionalLines.map((line) => line.kind)).toEqual(['close']);
    }
  });

  it('draws the same picture as the screen', () => {
    const genogram = withSecrets();
    const room = roomGenogramAsGenogram(drawGenogramForRoom(genogramForRoom(genogram, [])));
    expect(genogramIssues(room)).toEqual([]);
    const screen = layoutGenogram(genogram);
    const shown = layoutGenogram(room);
    expect(shown.people.map(({ x, y }) => ({ x, y }))).toEqual(screen.people.map(({ x, y }) => ({ x, y })));
    expect(shown.households[0]!.outline).toEqual(screen.households[0]!.outline);
  });
});
