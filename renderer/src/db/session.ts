// An unlocked session: the open database, the vault's data key (in memory only) and the clock.
// Every repository function that touches encrypted content takes one.
import type { KehaDatabase } from './database';

export type Session = {
  db: KehaDatabase;
  dataKey: CryptoKey;
  now: () => Date;
};
