// What other features may use of the hypotheses feature (docs/architecture.md: Layers): the link to
// a family's hypotheses (the family page) and the hypothesis editor with its proposer label (the
// facilitator's hypotheses panel).
export { FamilyHypothesesLink } from './FamilyHypothesesLink';
export { HypothesisEditor, proposerLabel } from './HypothesisEditor';
