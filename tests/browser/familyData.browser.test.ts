// Covers the family-data registry (renderer/src/db/familyData.ts) on real Chromium IndexedDB: deleting,
// erasing and demo-removing a family take exactly its rows from every table that holds a family's
// rows, and undo restores them exactly (the same tests as the unit test on fake-indexeddb).
import { describeFamilyDataBehaviour } from '../unit/db/familyDataBehaviour';

describeFamilyDataBehaviour();
