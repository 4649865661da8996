// Unit test for electron/fuses.ts: the fuse table the packaging step must apply stays hardened.
import { describe, expect, it } from 'vitest';

import { kehaFuses } from '../../../electron/fuses';

describe('kehaFuses', () => {
  it('turns off the ways to run the app as plain Node or attach a debugger, and locks the app to its asar', () => {
    expect(kehaFuses).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
    });
  });
});
