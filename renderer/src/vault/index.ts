// What other features may use of the vault (docs/architecture.md: Layers): the passphrase field and
// its strength check, the first screens' frame (VaultForm: joining a team), unlocking with a
// passphrase and its errors (the worker leaving child mode, a restore, changing the passphrase), the key renewal, locking every window, and keeping a window
// open through a running meeting. db/ and components/ use vaultCrypto.ts and lockSignal.ts directly.
export { PassphraseField } from './PassphraseField';
export { PassphraseStrengthNote } from './PassphraseStrengthNote';
export { releasePassphraseChecker, strengthRefusal } from './passphraseStrength';
export { startKeyRenewal, useKeyRenewal } from './keyRenewal';
export { announceLock, reloadLocked } from './lockSignal';
export { holdOpen } from './keepOpen';
export {
  checkVaultHeader,
  KeyRenewalRunningError,
  unlockVault,
  VaultChangedError,
  WeakVaultHeaderError,
  WrongPassphraseError,
  type VaultHeader,
} from './vaultCrypto';
export { VaultForm } from './VaultForm';
