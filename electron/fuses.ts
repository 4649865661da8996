// The Electron fuses a packaged Kehä must have. `npm run package` (electron-builder, configured in
// electron-builder.config.ts) applies exactly this table through its `electronFuses` option, which
// flips them with @electron/fuses right before signing; tests/unit/electron/packaging.test.ts checks
// the config, flips a stand-in fuse wire the same way and, where a packaged build exists, reads the
// fuses back from its binary. Names are those of `FuseV1Options` in @electron/fuses.

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
   * Off: nothing is loaded over file://. The window loads app://keha/index.html, served by the app's
   * own privileged protocol (electron/main/appProtocol.ts).
   */
  GrantFileProtocolExtraPrivileges: false,
} as const satisfies Record<FuseV1Name, boolean>;

/** A fuse's name as electron-builder's `electronFuses` option spells it: RunAsNode -> runAsNode. */
export type BuilderFuseName = Uncapitalize<FuseV1Name>;

/** The table in electron-builder's `electronFuses` form, every fuse set explicitly. */
export const builderFuses = (table: Record<FuseV1Name, boolean>): Record<BuilderFuseName, boolean> =>
  Object.fromEntries(
    (Object.keys(table) as FuseV1Name[]).map((name) => [`${name[0]!.toLowerCase()}${name.slice(1)}`, table[name]]),
  ) as Record<BuilderFuseName, boolean>;
