// What screens and the app frame may listen to about stored data, without importing a repository
// (docs/architecture.md: Writes: commands): a family erased (here or in another window).
export { onFamilyErased } from '../repositories/familyRepository';
export { listenForErasure } from '../repositories/retentionRepository';
