// The schema each sealed table's payload is opened with, as the repositories open them: used where a
// payload arrives from elsewhere and must be checked before it is kept (a restore's file, a record
// merged from two computers' versions; docs/architecture.md: Sync between the team's computers).
import type { z } from 'zod';
import { actionPayloadSchema, meetingPayloadSchema, notePayloadSchema, riskRoundPayloadSchema } from '../../../shared/meeting/meeting';
import { carePeriodPayloadSchema, goalRatingPayloadSchema } from '../../../shared/carePeriod/carePeriod';
import { familyPayloadSchema } from '../../../shared/family/family';
import { hypothesisCardSchema, revisionPayloadSchema } from '../../../shared/hypothesis/hypothesis';
import { memberPayloadSchema, teamPayloadSchema } from '../../../shared/team/member';
import { threeHousesSessionSchema } from '../../../shared/threeHouses/session';
import { genogramSchema } from '../../../shared/genogram/genogram';
import { quickRoundLinePayloadSchema } from '../../../shared/meeting/quickRound';
import { networkMapSchema } from '../../../shared/networkMap/networkMap';
import { timelineEventPayloadSchema } from '../../../shared/timeline/timelineEvent';

/** How each sealed table's payload is opened: the schemas the repositories open them with. */
export const payloadSchemas = {
  team: teamPayloadSchema,
  members: memberPayloadSchema,
  families: familyPayloadSchema,
  meetings: meetingPayloadSchema,
  meetingNotes: notePayloadSchema,
  hypotheses: hypothesisCardSchema,
  hypothesisRevisions: revisionPayloadSchema,
  riskRounds: riskRoundPayloadSchema,
  actions: actionPayloadSchema,
  timelineEvents: timelineEventPayloadSchema,
  threeHousesSessions: threeHousesSessionSchema,
  networkMaps: networkMapSchema,
  carePeriods: carePeriodPayloadSchema,
  goalRatings: goalRatingPayloadSchema,
  genograms: genogramSchema,
  quickRoundLines: quickRoundLinePayloadSchema,
} as const satisfies Record<string, z.ZodType>;
