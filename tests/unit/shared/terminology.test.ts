// Covers the Finnish wording of shared/i18n (fi.ts and sections/*), shared/meeting/builtInTemplates.ts
// and shared/demo: one term for one thing, as Finnish staff read it (docs/domain.md: Terminology). Each
// old wording is listed with what replaced it; the few places where an old word still means
// something else are explicit exceptions.
import { describe, expect, it } from 'vitest';
import { demoFamilies, demoMembers, demoTeamName } from '../../../shared/demo/demoTeam';
import { fi } from '../../../shared/i18n/fi';
import { builtInTemplates, interimReviewTemplate, weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';

/** Every string in a nested object, with its dotted path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, path === '' ? key : `${path}.${key}`));
}

/** Only the Finnish texts of a template (`{ fi, en }` pairs), with their paths. */
function finnishTexts(value: unknown, path = ''): [string, string][] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const at = path === '' ? key : `${path}.${key}`;
    return key === 'fi' && typeof inner === 'string' ? [[at, inner] as [string, string]] : finnishTexts(inner, at);
  });
}

type Rule = {
  /** The old wording. */
  banned: RegExp;
  /** What says it now (for the failure message). */
  use: string;
  /** Catalogue keys (or template paths) where the old word rightly means something else. */
  except?: readonly string[];
  /** Only texts whose path starts with one of these. */
  only?: readonly string[];
};

const rules: readonly Rule[] = [
  { banned: /syvennettäv/i, use: 'perhe syventävään käsittelyyn / syventävästi käsiteltävät perheet' },
  { banned: /riskilip/i, use: 'kiireellinen huoli / "Kerro, jos tilanne vaatii nopeaa reagointia"' },
  { banned: /riskin arvio|riskin ja turvallisuuden|riskikierro|riskiarvio/i, use: 'Turvallisuuden arviointi (0–10) / turvallisuusarvio / arviokierros' },
  { banned: /paljast/i, use: 'Näytä kaikki arviot yhtä aikaa' },
  { banned: /hajonta|pienin \{\{min\}\}/i, use: 'Vaihteluväli 3–6, mediaani 5' },
  { banned: /toimenpi/i, use: 'tehtävä' },
  // "Peru" as undo; "Peru kokous" cancels a meeting, which is what the word means.
  { banned: /\bperu(a)?\b/i, use: 'Kumoa', except: ['meetings.cancelMeeting', 'meetings.cancelConfirm', 'meetings.keepMeeting'] },
  { banned: /fasilitaat|vetäjä/i, use: 'puheenjohtaja / puheenjohtajan näkymä' },
  { banned: /\blapsen tila(n|ssa|sta|an)?\b/i, use: 'lapsen näkymä / Avaa lapsen näkymä' },
  { banned: /tunnuslause|holvi/i, use: 'salalause / tietovarasto' },
  { banned: /\bhyl(ät|kä)/i, use: 'luovuttu' },
  { banned: /pätee/i, use: 'Edelleen ajankohtainen' },
  { banned: /^(tehty|tehty \{\{(date|where)\}\}|tehty tässä kokouksessa)$|tekemisestä/i, use: 'Muodostettu', only: ['hypotheses.', 'review.', 'run.hypotheses.', 'record.hypothesis'] },
  { banned: /\bpuoltaa\b|\bpuhuu vastaan\b/i, use: 'Mikä tukee ajatusta / Mikä puhuu sitä vastaan' },
  { banned: /kokeilev|syyllistämät(ön|tömi|töm)/i, use: 'Alustava, suhteisiin liittyvä, ei syyllistä' },
  { banned: /GGRR|\bmaantiede\b/i, use: 'Social GRACES -näkökulmat; asuinalue' },
  { banned: /^työ$/i, use: 'työllisyys', only: ['hypotheses.lens.'] },
  { banned: /vastaava lääkäri|osaston hoitaja/i, use: 'Hoitava lääkäri / Hoitaja (perheosasto)' },
  { banned: /potilasasiakirj/i, use: 'potilaskertomus' },
  { banned: /tulovaihe/i, use: 'Hoitojakson alussa sovitut tavoitteet' },
  { banned: /markdown-tiedosto|PDF:(ksi|nä)/i, use: 'Tallenna tekstitiedostona (.md) / PDF-tiedostona' },
  { banned: /^pohjat$/i, use: 'Kokouspohjat' },
  { banned: /^ei kirjattu$/i, use: 'Ei tiedossa' },
];

const texts: readonly [string, string][] = [
  ...strings(fi),
  ...builtInTemplates.flatMap((template) => finnishTexts(template, template.id)),
  ['demo.teamName', demoTeamName],
  ...demoMembers.map((member): [string, string] => [`demo.member.${member.key}`, member.name]),
  ...demoFamilies(2026).flatMap((family) => strings({ label: family.label, notes: family.notes }, `demo.${family.code}`)),
];

describe('Finnish terminology', () => {
  it('reads the whole Finnish catalogue, the built-in templates and the demonstration data', () => {
    expect(texts.length).toBeGreaterThan(1000);
    expect(texts.some(([path]) => path.startsWith('builtIn.interimReview.'))).toBe(true);
  });

  it.each(rules.map((rule) => [rule.banned.source, rule] as const))('no Finnish text uses %s', (_, rule) => {
    const offending = texts
      .filter(([path]) => !rule.except?.includes(path))
      .filter(([path]) => !rule.only || rule.only.some((prefix) => path.startsWith(prefix)))
      .filter(([, text]) => rule.banned.test(text))
      .map(([path, text]) => `${path}: ${text}  (use: ${rule.use})`);
    expect(offending).toEqual([]);
  });

  it('names things with the agreed words', () => {
    expect(fi.nav.templates).toBe('Kokouspohjat');
    expect(fi.hypotheses.status).toEqual({ open: 'Avoin', strengthened: 'Vahvistunut', weakened: 'Heikentynyt', dropped: 'Luovuttu' });
    expect(fi.hypotheses.field.lensTags).toBe('Social GRACES -näkökulmat');
    expect(fi.hypotheses.lens.geography).toBe('asuinalue');
    expect(fi.hypotheses.lens.employment).toBe('työllisyys');
    expect(fi.run.hypotheses.stillHolds).toBe('Edelleen ajankohtainen');
    expect(fi.run.risk.reveal).toBe('Näytä kaikki arviot yhtä aikaa');
    expect(fi.run.risk.spreadText.replace('{{min}}', '3').replace('{{max}}', '6').replace('{{median}}', '5')).toBe('Vaihteluväli 3–6, mediaani 5.');
    expect(`${fi.record.spread} ${fi.record.spreadValue}`).toBe('Vaihteluväli {{min}}–{{max}}, mediaani {{median}}');
    // The scale's ends are said on the scale itself, with their numbers.
    expect(fi.run.risk.scaleLow).toMatch(/^0 = ei turvallista nyt$/);
    expect(fi.run.risk.scaleHigh).toMatch(/^10 = riittävän turvallista .*asiakkuus$/);
    expect(fi.threeHouses.desk.startChildMode).toBe('Avaa lapsen näkymä');
    expect(fi.record.exportMarkdown).toBe('Tallenna tekstitiedostona (.md)');
    expect(fi.timeline.source.notRecorded).toBe('Ei tiedossa');
    expect(fi.commands.undo).toBe('Kumoa');
  });

  it('the built-in templates use the same words', () => {
    const riskPhase = weeklyMeetingTemplate.phases.find((phase) => phase.id === 'riskScaling');
    expect(riskPhase?.name.fi).toBe('Turvallisuuden arviointi (0–10)');
    const quickRound = JSON.stringify(weeklyMeetingTemplate.phases.find((phase) => phase.id === 'quickRound'));
    expect(quickRound).toContain('Kerro, jos tilanne vaatii nopeaa reagointia');
    const roles = Object.fromEntries(interimReviewTemplate.roles.map((role) => [role.id, role.name.fi]));
    expect(roles['consultingSocialWorker']).toBe('Hoitava lääkäri');
    expect(roles['socialCounsellor']).toBe('Hoitaja (perheosasto)');
  });
});
