// Reflecting-team mode (reflektoiva tiimi): with the family present, the team first talks
// about what it heard while the family listens, then the family comments on the team's talk. The
// two are captured separately, as two notes of the phase's step (meetingNotes rows, encrypted like
// every note, taken along when the family is deleted): their step keys are the step's own key with
// the part appended, so they never mix with the phase's ordinary notes (keyed by the step alone).
// Part ids are stable data keys: do not rename them.

/** The two parts, in the order they happen and are shown. */
export const reflectingTeamParts = ['teamReflection', 'familyComments'] as const;
export type ReflectingTeamPart = (typeof reflectingTeamParts)[number];

/** The note key of one part of a step's reflecting team. */
export function reflectingTeamNoteKey(stepKey: string, part: ReflectingTeamPart): string {
  return `${stepKey}|${part}`;
}
