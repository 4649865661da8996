// What a meeting's record says of a family's network maps: "network map drawn" when a map was made
// during the meeting, "network map updated" when an earlier map was changed in it, nothing otherwise
// (docs/domain.md: Network map). Counted from the maps' clear instants only (made, last changed), so
// the record never needs to open a map to say so.

/** How many of a family's maps were made, and how many earlier ones changed, in a meeting's time. */
export type NetworkMapChanges = { created: number; updated: number };

/** The record's line about the family's network maps, as a translation key, or null when nothing changed. */
export function networkMapRecordMention(changes: NetworkMapChanges): 'networkMap.record.created' | 'networkMap.record.updated' | null {
  if (changes.created > 0) return 'networkMap.record.created';
  if (changes.updated > 0) return 'networkMap.record.updated';
  return null;
}

/**
 * Counts the maps made and changed between two instants (ISO strings, inclusive) from their clear
 * instants: a map made in the window counts as made (whatever happened to it after), one made before
 * and changed in it as updated.
 */
export function networkMapChangesIn(maps: readonly { createdAt: string; updatedAt: string }[], from: string, to: string): NetworkMapChanges {
  let created = 0;
  let updated = 0;
  for (const map of maps) {
    if (map.createdAt >= from && map.createdAt <= to) created++;
    else if (map.updatedAt >= from && map.updatedAt <= to) updated++;
  }
  return { created, updated };
}
