// Length and range limits for everything a user types. One place, so the UI, validation and
// import schemas agree. Changing a limit downwards needs a thought about data already stored.
export const limits = {
  teamName: 100,
  memberName: 100,
  familyCode: 24,
  familyLabel: 120,
  familyNotes: 20_000,
  childPseudonym: 60,
  /** The oldest birth year accepted for a child, relative to the current year. */
  childMaxAgeYears: 25,
  passphraseMinLength: 12,
  passphraseMinDistinctCharacters: 5,
  guestName: 100,
  guestOrganisation: 100,
  participants: 60,
  quickRoundItems: 500,
  deepDives: 12,
  agendaQuestion: 1_000,
  meetingNote: 20_000,
  hypothesis: 1_000,
  /** A hypothesis card's longer fields: the people and pattern it concerns, evidence for and against. */
  hypothesisDetail: 5_000,
  hypothesisReason: 1_000,
  hypothesisTestQuestions: 20,
  /** The therapist review's "not revisited for N weeks" setting. */
  staleWeeksMax: 104,
  riskReason: 1_000,
  actionText: 500,
} as const;
