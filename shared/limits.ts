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
  /** One quick-round line's "what changed since last week" (a short text, not notes). */
  quickRoundChanged: 500,
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
  /** The family's answer to a question taken to them. */
  familyAnswer: 2_000,

  // --- Three houses (kolme taloa): shared/threeHouses/ ------------------------------------------
  /** One item in a house: the child's own words or the worker's note. */
  threeHousesItem: 1_000,
  threeHousesItemsPerHouse: 100,
  /** A name the child gives a house instead of its default name. */
  threeHousesHouseName: 60,
  /** Follow-up questions of a session (each at most actionText long). */
  threeHousesFollowUpQuestions: 20,
  /** One house's drawing: points after simplification, strokes, and the encoded text stored. */
  threeHousesDrawingPoints: 20_000,
  threeHousesDrawingStrokes: 2_000,
  /** Always above what the point and stroke limits can encode (drawing.ts shows why); guards stored and imported data. */
  threeHousesDrawingEncodedChars: 200_000,
  /** How many drawing steps (strokes, clears) can be undone. */
  threeHousesDrawingUndoSteps: 200,

  // --- Network map (verkostokartta): shared/networkMap/ ----------------------------------------
  /** Contacts on one map: the drawing is laid out and benchmarked for 40; this is the hard cap. */
  networkMapContacts: 80,
  /** A contact's name (pseudonymous: "Mummo", "Koulun kuraattori") and its role or service. */
  networkMapName: 80,
  networkMapRole: 120,
  /** A contact's description of the relation, and the team's own note on it. */
  networkMapText: 1_000,
  /** The map's own title ("Ennen sijoitusta", "Liisan kartta"). */
  networkMapTitle: 120,
  /** The team's notes on the whole map. */
  networkMapNotes: 5_000,
  /** Maps per family (e.g. one per child and per visit over the years). */
  networkMapsPerFamily: 100,
  // --- Genogram (sukupuu): shared/genogram/ --------------------------------------------------------
  /** People in one genogram: three or four generations of a large family fit well under it. */
  genogramPeople: 150,
  /** Relationships, parent links and emotional lines, each. */
  genogramLinks: 400,
  /** Households drawn as a boundary, and the people in one. */
  genogramHouseholds: 10,
  /** A person's or a line's short note ("työtön", "asuu Ruotsissa"). */
  genogramNote: 500,
  /** How far a person may be nudged from its automatic place, in layout units either way. */
  genogramNudge: 400,
  /** The earliest birth year in a genogram (great-grandparents). */
  genogramEarliestYear: 1850,

  // --- Family timeline (aikajana): shared/timeline/ ---------------------------------------------
  /** An event's title, as it reads on the visual timeline and in the list. */
  timelineTitle: 200,
  /** Longer free-text fields of an event: action taken, the child's or family's own view, the source note. */
  timelineText: 5_000,
  /** People involved in one event (names or references, each at most `memberName` characters). */
  timelinePeople: 30,
  /** Events per family: the visual timeline is built and benchmarked for 400; this is the hard cap. */
  timelineEvents: 2_000,
  /** The earliest year an event may be dated to (grandparents' history can reach this far back). */
  timelineEarliestYear: 1900,
  /** How far ahead of today an event may start, in years (a planned move, a school start). */
  timelineFutureYears: 1,
} as const;
