// The risk (scaling) round as a capture tool: on the room's screen, before the chair reveals the
// round only how many have scored (no score, reason or name); after it the scores alone, lowest
// first (so their order cannot tell who gave which), for the 0–10 line of dots, and the spread.
// Names, reasons and "what would move it one point up" stay in the chair's view and the record.
// See docs/architecture.md: Capture tools (the registry), and docs/domain.md: Safety scale.
import { riskSpread, type RiskSpread } from '../riskStats';
import { captureTool, roomSection, type RoomContext } from './types';

export type RiskSeen = { revealed: false; scoredCount: number } | { revealed: true; scores: number[]; spread: RiskSpread | null };
export type RoomRisk =
  | { revealed: false; scoredCount: number }
  | { revealed: true; scores: number[]; spread: { min: number; median: number; max: number } | null };

/** The key paths of the room's risk section (the registry test checks them). */
export const roomRiskFields = ['.revealed', '.scoredCount', '.scores', '.scores[]', '.spread', '.spread.min', '.spread.median', '.spread.max'] as const;

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
        scores: round.scores.flatMap((entry) => (entry.score === null ? [] : [entry.score])).sort((a, b) => a - b),
        spread: riskSpread(round.scores),
      };
    },
    draw: (risk): RoomRisk =>
      !risk.revealed
        ? { revealed: false, scoredCount: risk.scoredCount }
        : {
            revealed: true,
            scores: risk.scores.map((score) => score),
            spread: risk.spread ? { min: risk.spread.min, median: risk.spread.median, max: risk.spread.max } : null,
          },
    fields: roomRiskFields,
  }),
});
