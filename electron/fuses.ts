// The Electron fuses a packaged Kehä must have. No packager runs in this repository yet; whatever
// packages the app (electron-builder `electronFuses`, Electron Forge `FusesPlugin`, or
// `@electron/fuses` flipFuses in an afterPack hook) must apply exactly this table.
// Names are those of `FuseV1Options` in @electron/fuses.

export type FuseV1Name =
  | 'RunAsNode'
  | 'EnableCookieEncryption'
  | 'EnableNodeOptionsEnvironmentVariable'
  | 'EnableNodeCliInspectArguments'
  | 'EnableEmbeddedAsarIntegrityValidation'
  | 'OnlyLoadAppFromAsar'
  | 'LoadBrowserProcessSpecificV8Snapshot'
  | 'GrantFileProtocolExtraPrivileges';

export const kehaFuses = {
  /** ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.js. */
  RunAsNode: false,
  /** Encrypt the cookie store with an OS-held key. */
  EnableCookieEncryption: true,
  /** NODE_OPTIONS could inject code into the main process. */
  EnableNodeOptionsEnvironmentVariable: false,
  /** --inspect and friends would let anyone attach a debugger to the main process. */
  EnableNodeCliInspectArguments: false,
  /** Refuse an app.asar whose contents do not match the hash built into the binary. */
  EnableEmbeddedAsarIntegrityValidation: true,
  /** Load the app only from app.asar, never from a loose app/ folder placed next to it. */
  OnlyLoadAppFromAsar: true,
  /** Electron's default; Kehä ships no custom V8 snapshot. */
  LoadBrowserProcessSpecificV8Snapshot: false,
  /**
   * Kept on (Electron's default) because the window loads out/renderer/index.html over file:// and
   * its ES module scripts need file:// privileges. Turn off only after moving to a custom protocol.
   */
  GrantFileProtocolExtraPrivileges: true,
} as const satisfies Record<FuseV1Name, boolean>;
