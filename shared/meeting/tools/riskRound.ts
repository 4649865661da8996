// The risk (scaling) round as a capture tool: on the room's screen, before the chair reveals the
// round only how many have scored (no score, reason or name); after it every score with its reason
// and the spread. See docs/architecture.md: Capture tools (the registry).
import { riskSpread, type RiskSpread } from '../riskStats';
import { captureTool, roomSection, type RoomContext } from './types';

export type RoomRiskScore = { name: string; score: number | null; reason: string; oneUp: string };
export type RiskSeen = { revealed: false; scoredCount: number } | { revealed: true; scores: RoomRiskScore[]; spread: RiskSpread | null };
export type RoomRisk =
  | { revealed: false; scoredCount: number }
  | { revealed: true; scores: RoomRiskScore[]; spread: { min: number; median: number; max: number } | null };

export const riskRoundTool = captureTool({
  perFamily: true,
  room: roomSection({
    key: 'risk',
    chairShows: false,
    see: ({ source, deepDive }: RoomContext): RiskSeen | null => {
      if (!deepDive) return null;
      const round = source.riskRounds.find((entry) => entry.agendaItemId === deepDive.id);
      if (!round || round.revealedAt === null) return { revealed: false, scoredCount: round?.scores.length ?? 0 };
      return {
        revealed: true,
        scores: round.scores.map((entry) => ({ name: entry.participantName, score: entry.score, reason: entry.reason, oneUp: entry.oneUp })),
        spread: riskSpread(round.scores),
      };
    },
    draw: (risk): RoomRisk =>
      !risk.revealed
        ? { revealed: false, scoredCount: risk.scoredCount }
        : {
            revealed: true,
            scores: risk.scores.map((entry) => ({ name: entry.name, score: entry.score, reason: entry.reason, oneUp: entry.oneUp })),
            spread: risk.spread ? { min: risk.spread.min, median: risk.spread.median, max: risk.spread.max } : null,
          },
    fields: ['.revealed', '.scoredCount', '.scores', '.scores[].name', '.scores[].score', '.scores[].reason', '.scores[].oneUp', '.spread', '.spread.min', '.spread.median', '.spread.max'],
  }),
});
