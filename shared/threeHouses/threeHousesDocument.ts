// A child's three-houses session as a document for one audience (parents, team, network, court),
// for copying, Markdown export and print (the same blocks the meeting record uses, so the existing
// renderers and export bar serve it). Built ONLY from the audience's view (consent.ts
// viewForAudience), never from the session itself: a refused audience's document says that consent
// was not given (or not asked) and nothing else, and since the view reads consent as stored now,
// a consent withdrawn after an export holds for the next one. Pure; texts come through the given
// translate function, so the document is in the user's language.
import type { RecordBlock, RecordDocument, RecordFormat } from '../document/document';
import { consentAudienceOf, type ThreeHousesView } from './consent';
import { ageInSessionYear, defaultHouseNameKey, houseIds, type House, type HouseId } from './session';

export type ThreeHousesDocumentSource = {
  /** What the audience may see: viewForAudience(session, audience), made right before the export. */
  view: ThreeHousesView;
  /** The child as the family record knows them (named by pseudonym only). */
  child: { pseudonym: string; birthYear: number | null };
  familyCode: string;
  /** The day the document is made (yyyy-MM-dd). */
  madeOn: string;
};

/** The document in parts, so a print view can keep each house (and its drawing) together on paper. */
export type ThreeHousesDocumentParts = {
  title: string;
  /** The title and the facts (or, when refused, the title and the one sentence saying so). */
  intro: RecordBlock[];
  /** Each house's blocks and its encoded drawing (null: none); empty when refused. */
  houses: { house: HouseId; name: string; blocks: RecordBlock[]; drawing: string | null }[];
  /** The follow-up questions (the team's only); empty for everyone else. */
  outro: RecordBlock[];
};

export function buildThreeHousesDocumentParts(source: ThreeHousesDocumentSource, format: RecordFormat): ThreeHousesDocumentParts {
  const { t } = format;
  const { view } = source;
  const audienceName = t(`threeHouses.audience.${view.audience}`);
  if (!view.allowed) {
    const title = t('threeHouses.export.refusedTitle');
    const sentence = t(view.reason === 'notGiven' ? 'threeHouses.consent.notShownNotGiven' : 'threeHouses.consent.notShownNotAsked', {
      audience: audienceName,
    });
    return { title, intro: [{ kind: 'heading', level: 1, text: title }, { kind: 'empty', text: sentence }], houses: [], outro: [] };
  }

  const name = source.child.pseudonym.trim() || '?';
  const title = t('threeHouses.export.title', { name });
  const age = ageInSessionYear(source.child.birthYear, view.date);
  const intro: RecordBlock[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'fields',
      fields: [
        { label: t('threeHouses.export.child'), value: age === null ? name : t('threeHouses.export.childWithAge', { name, age }) },
        { label: t('threeHouses.export.family'), value: source.familyCode },
        { label: t('threeHouses.export.date'), value: format.formatDay(view.date) },
        { label: t('threeHouses.export.worker'), value: view.workerName },
        { label: t('threeHouses.export.preparedFor'), value: audienceName },
        { label: t('threeHouses.export.consent'), value: t('threeHouses.consent.givenOn', { date: format.formatDay(view.consentRecordedOn) }) },
        { label: t('threeHouses.export.madeOn'), value: format.formatDay(source.madeOn) },
      ],
    },
  ];

  const houses = houseIds.map((id) => {
    const house = view.houses[id];
    const houseName = houseTitle(id, house, format);
    const blocks: RecordBlock[] = [
      { kind: 'heading', level: 2, text: houseName },
      house.items.length === 0
        ? { kind: 'empty', text: t('threeHouses.export.noItems') }
        : {
            kind: 'list',
            items: house.items.map((item) => ({
              text: t(item.verbatim ? 'threeHouses.export.itemVerbatim' : 'threeHouses.export.itemNote', { text: item.text }),
              details: [],
            })),
          },
      {
        kind: 'fields',
        fields: [{ label: t('threeHouses.export.drawing'), value: t(house.drawing ? 'threeHouses.export.drawingExists' : 'threeHouses.export.noDrawing') }],
      },
    ];
    return { house: id, name: houseName, blocks, drawing: house.drawing };
  });

  // The view already holds no questions for anyone but the team; the heading follows the same rule.
  const outro: RecordBlock[] =
    consentAudienceOf(view.audience) === 'team'
      ? [
          { kind: 'heading', level: 2, text: t('threeHouses.session.followUpQuestions') },
          view.followUpQuestions.length === 0
            ? { kind: 'empty', text: t('threeHouses.export.noFollowUp') }
            : { kind: 'list', items: view.followUpQuestions.map((question) => ({ text: question, details: [] })) },
        ]
      : [];

  return { title, intro, houses, outro };
}

/** The whole document as one list of blocks, for renderMarkdown / renderPlainText / RecordDocumentView. */
export function buildThreeHousesDocument(source: ThreeHousesDocumentSource, format: RecordFormat): RecordDocument {
  return documentOfParts(buildThreeHousesDocumentParts(source, format));
}

export function documentOfParts(parts: ThreeHousesDocumentParts): RecordDocument {
  return { title: parts.title, blocks: [...parts.intro, ...parts.houses.flatMap((house) => house.blocks), ...parts.outro] };
}

/** A house's heading: the child's own name with the default one for the adults reading, or the default name. */
function houseTitle(id: HouseId, house: House, format: RecordFormat): string {
  const defaultName = format.t(defaultHouseNameKey(id));
  const own = house.name.trim();
  return own === '' ? defaultName : format.t('threeHouses.renamedHouse', { name: own, defaultName });
}
