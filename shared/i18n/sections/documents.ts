// Texts of the entry draft (kirjausehdotus, shared/meeting/entryDraft.ts) and its place on the
// record screen, and of the planned agenda (shared/meeting/agendaPrint.ts): its printed version from
// the planner and the times on the room's screen in the opening.
// English and Finnish side by side; the type makes Finnish carry exactly the English keys.
import type { Shape } from '../messages';

export const documentsEn = {
  entryDraft: {
    title: 'Entry draft: {{code}}',
    discussed: 'Discussed in the team meeting ({{meeting}}, {{date}}).',
    discussedBy: 'Discussed in the team meeting ({{meeting}}, {{date}}); presented by {{presenter}}.',
    question: 'Question for the team: {{question}}',
    hypotheses_one: 'One possible idea the team considered (a working hypothesis, not a finding):',
    hypotheses_other: 'Possible ideas the team considered (working hypotheses, not findings):',
    hypothesis: '{{wording}} (status: {{status}})',
    safety_one: 'Safety scale (0–10): median {{median}}, range {{min}}–{{max}} ({{count}} score).',
    safety_other: 'Safety scale (0–10): median {{median}}, range {{min}}–{{max}} ({{count}} scores).',
    safetyFromPaper: 'The scores were entered by the chair from paper.',
    tasks: 'Agreed tasks:',
    task: '{{task}}',
    taskOwner: '{{task}} (who: {{owner}})',
    taskDue: '{{task}} (by {{due}})',
    taskOwnerDue: '{{task}} (who: {{owner}}, by {{due}})',
    familyQuestions: 'Questions to take to the family:',
  },
  record: {
    entryDraftTab: 'Entry draft {{code}}',
    entryDraftHelp:
      'A short text to paste into the client record: the question, what the team thought, the safety view, the tasks and the questions for the family. Copy gives the text without its title. The full detail, every score with its reason and every revision, is its own document: “{{fullDetail}}”.',
    entryDraftHelpPatient:
      'A short text to paste into the patient record: the question, what the team thought, the safety view, the tasks and the questions for the family. Copy gives the text without its title. The full detail, every score with its reason and every revision, is its own document: “{{fullDetail}}”.',
    language: 'Language of the draft',
    entryDraftFile: 'entry-draft',
  },
  agenda: {
    print: 'Print the agenda',
    printAgain: 'Print again',
    closePrint: 'Close the agenda print',
    printFailed: 'Printing did not work ({{reason}}). Try again.',
    pdfName: 'agenda-{{date}}.pdf',
    title: 'Agenda: {{meeting}}',
    intro: '{{date}}, {{start}}–{{end}} (planned length {{length}}). Families by pseudonym code only.',
    time: 'Time',
    minutes: 'Minutes',
    item: 'Agenda item',
    presenter: 'Presenter',
    question: 'Question for the team',
    deepDive: 'Deep dive {{number}}: family {{code}}',
    quickRoundFamilies: 'Families: {{codes}}',
    noPresenter: 'not chosen yet',
    roomTime: '{{time}} · {{minutes}}',
  },
};

export const documentsFi: Shape<typeof documentsEn> = {
  entryDraft: {
    title: 'Kirjausehdotus: {{code}}',
    discussed: 'Käsiteltiin tiimin kokouksessa ({{meeting}}, {{date}}).',
    discussedBy: 'Käsiteltiin tiimin kokouksessa ({{meeting}}, {{date}}), esittelijänä {{presenter}}.',
    question: 'Kysymys tiimille: {{question}}',
    hypotheses_one: 'Tiimi pohti yhtä mahdollista ajatusta (työhypoteesi, ei todettu asia):',
    hypotheses_other: 'Tiimi pohti mahdollisia ajatuksia (työhypoteeseja, ei todettuja asioita):',
    hypothesis: '{{wording}} (tila: {{status}})',
    safety_one: 'Turvallisuusarvio (0–10): mediaani {{median}}, vaihteluväli {{min}}–{{max}} ({{count}} arvio).',
    safety_other: 'Turvallisuusarvio (0–10): mediaani {{median}}, vaihteluväli {{min}}–{{max}} ({{count}} arviota).',
    safetyFromPaper: 'Puheenjohtaja syötti arviot paperilta.',
    tasks: 'Sovitut tehtävät:',
    task: '{{task}}',
    taskOwner: '{{task}} (vastuu: {{owner}})',
    taskDue: '{{task}} ({{due}} mennessä)',
    taskOwnerDue: '{{task}} (vastuu: {{owner}}, {{due}} mennessä)',
    familyQuestions: 'Kysymykset perheelle:',
  },
  record: {
    entryDraftTab: 'Kirjausehdotus {{code}}',
    entryDraftHelp:
      'Lyhyt teksti asiakaskertomukseen liitettäväksi: kysymys, mitä tiimi pohti, turvallisuusarvio, tehtävät ja kysymykset perheelle. Kopioi antaa tekstin ilman otsikkoa. Kaikki yksityiskohdat, jokainen arvio perusteluineen ja jokainen muutos, ovat omana asiakirjanaan: ”{{fullDetail}}”.',
    entryDraftHelpPatient:
      'Lyhyt teksti potilaskertomukseen liitettäväksi: kysymys, mitä tiimi pohti, turvallisuusarvio, tehtävät ja kysymykset perheelle. Kopioi antaa tekstin ilman otsikkoa. Kaikki yksityiskohdat, jokainen arvio perusteluineen ja jokainen muutos, ovat omana asiakirjanaan: ”{{fullDetail}}”.',
    language: 'Kirjausehdotuksen kieli',
    entryDraftFile: 'kirjausehdotus',
  },
  agenda: {
    print: 'Tulosta asialista',
    printAgain: 'Tulosta uudelleen',
    closePrint: 'Sulje asialistan tuloste',
    printFailed: 'Tulostus ei onnistunut ({{reason}}). Yritä uudelleen.',
    pdfName: 'asialista-{{date}}.pdf',
    title: 'Asialista: {{meeting}}',
    intro: '{{date}} klo {{start}}–{{end}} (suunniteltu kesto {{length}}). Perheet vain tunnuskoodeilla.',
    time: 'Aika',
    minutes: 'Minuutit',
    item: 'Asia',
    presenter: 'Esittelijä',
    question: 'Kysymys tiimille',
    deepDive: 'Syventävä käsittely {{number}}: perhe {{code}}',
    quickRoundFamilies: 'Perheet: {{codes}}',
    noPresenter: 'ei vielä valittu',
    roomTime: 'klo {{time}} · {{minutes}}',
  },
};
