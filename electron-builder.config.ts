// Packaging Kehä (`npm run package`): electron-builder takes the built app (out/, made by
// `electron-vite build` first), puts it in an asar archive and applies exactly the fuse table of
// electron/fuses.ts (`electronFuses`, flipped right before signing). Packaging needs the Electron
// runtime for the target platform: it uses the one installed in node_modules/electron/dist when
// there is one, and otherwise electron-builder downloads it, so it cannot run on a machine that is
// offline; nothing here runs during `npm ci`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Configuration } from 'electron-builder';

import { builderFuses, kehaFuses } from './electron/fuses';

// `npm run package` runs from the project's folder.
const installedRuntime = resolve('node_modules', 'electron', 'dist');

const config: Configuration = {
  appId: 'fi.keha.app',
  productName: 'Kehä',
  executableName: 'keha',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the built app and its manifest; never sources, tests or the repository's own files.
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!out/renderer/bench*'],
  asar: true,
  electronFuses: builderFuses(kehaFuses),
  ...(existsSync(installedRuntime) ? { electronDist: installedRuntime } : {}),
  linux: { target: ['dir'], category: 'Office' },
  win: { target: ['dir'] },
  mac: { target: ['dir'], category: 'public.app-category.productivity' },
  publish: null,
};

export default config;
