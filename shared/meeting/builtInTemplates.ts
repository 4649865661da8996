// The two templates Kehä ships, as data in the same shape as a template import file: the systemic
// weekly meeting (docs/domain.md: Phases, 0–8) and LIPSY's interim review meeting for a
// child-psychiatry care period. Teams copy and edit them; a meeting keeps a snapshot of the one it
// ran with, so editing the texts here never rewrites a past meeting. Phase ids are stable data keys
// (notes and phase times refer to them): do not rename them.
import { standardTemplateRoles, type MeetingTemplate } from './template';

/** The default systemic weekly meeting. Phases 2–7 repeat for every deep-dive family. */
export const weeklyMeetingTemplate: MeetingTemplate = {
  schemaVersion: 2,
  id: 'builtIn.weeklyMeeting',
  kind: 'weeklyMeeting',
  name: { fi: 'Systeeminen viikkokokous', en: 'Systemic weekly meeting' },
  roles: standardTemplateRoles(),
  phases: [
    {
      id: 'opening',
      name: { fi: 'Avaus ja kuulumiskierros', en: 'Opening and check-in' },
      purpose: {
        fi: 'Kuulumiset, päivän roolit ja asialista.',
        en: "Check-in, today's roles and the agenda.",
      },
      scope: 'once',
      plannedMinutes: 10,
      leadRole: 'consultingSocialWorker',
      prompts: {
        consultingSocialWorker: [
          {
            fi: 'Toivota kaikki tervetulleiksi ja kerro, kuka toimii tänään missäkin roolissa.',
            en: 'Welcome everyone and say who holds which role today.',
          },
          {
            fi: 'Käy asialista läpi: pikakierros, syventävästi käsiteltävät perheet ja aikataulu.',
            en: 'Go through the agenda: the quick round, the deep-dive families and the timetable.',
          },
          {
            fi: 'Kysy, onko jollakulla kiireellistä asiaa, joka pitää ottaa esiin heti.',
            en: 'Ask whether anyone has something urgent that must come up straight away.',
          },
        ],
        teamCoordinator: [
          {
            fi: 'Näytä asialista yhteisellä näytöllä ja merkitse läsnäolijat.',
            en: 'Show the agenda on the shared screen and record who is present.',
          },
        ],
        team: [
          {
            fi: 'Lyhyt kuulumiskierros: millä mielellä kukin tulee tänään kokoukseen?',
            en: "A short check-in: how is each of us arriving at today's meeting?",
          },
        ],
      },
      tools: ['agenda', 'notes'],
    },
    {
      id: 'quickRound',
      name: { fi: 'Pikakierros kaikista perheistä', en: 'Quick round of all families' },
      purpose: {
        fi: 'Muutokset ja kiireelliset huolet jokaisesta perheestä.',
        en: 'Changes and urgent worries for every family.',
      },
      scope: 'once',
      plannedMinutesPerFamily: 2,
      leadRole: 'responsibleSocialWorker',
      prompts: {
        responsibleSocialWorker: [
          {
            fi: 'Mitä perheessä on muuttunut edellisen kokouksen jälkeen?',
            en: 'What has changed in the family since the last meeting?',
          },
          {
            fi: 'Onko uusia tai kiireellisiä huolia? Kerro, jos tilanne vaatii nopeaa reagointia.',
            en: 'Any new or urgent worries? Say so if the situation needs a quick response.',
          },
        ],
        consultingSocialWorker: [
          {
            fi: 'Pidä huolta ajasta: noin kaksi minuuttia perhettä kohden.',
            en: 'Keep time: about two minutes per family.',
          },
          {
            fi: 'Sovi, mitkä perheet tarvitsevat pidempää pohdintaa, ja ota ne syventävään käsittelyyn tänään tai ensi kerralla.',
            en: 'Agree which families need longer thinking and take them as deep dives today or next time.',
          },
        ],
        teamCoordinator: [
          {
            fi: 'Kirjaa kiireelliset huolet ja sovitut tehtävät.',
            en: 'Record the urgent worries and any agreed actions.',
          },
        ],
      },
      tools: ['quickRoundList', 'notes'],
    },
    {
      id: 'presentation',
      name: { fi: 'Esittely', en: 'Presentation' },
      purpose: {
        fi: 'Perhe sukupuun ja aikajanan avulla sekä dilemma eli kysymys tiimille.',
        en: 'The family through its genogram and timeline, and the dilemma: the question for the team.',
      },
      scope: 'perDeepDiveFamily',
      plannedMinutes: 10,
      leadRole: 'responsibleSocialWorker',
      prompts: {
        responsibleSocialWorker: [
          {
            fi: 'Esittele perhe sukupuun ja aikajanan avulla: keitä perheeseen kuuluu ja mitä on tapahtunut?',
            en: 'Introduce the family with the genogram and the timeline: who belongs to it and what has happened?',
          },
          {
            fi: 'Kerro, mihin kaipaat tiimin apua: mikä on dilemma, kysymyksesi tiimille?',
            en: "Say what you need the team's help with: what is the dilemma, your question for the team?",
          },
          {
            fi: 'Pidä erillään se, mitä tiedetään, ja se, miten sitä tulkitaan.',
            en: 'Keep what is known apart from how it is interpreted.',
          },
        ],
        socialCounsellor: [
          {
            fi: 'Täydennä esittelyä havainnoillasi perheen arjesta, jos olet tehnyt työtä perheen kanssa.',
            en: "Add your observations from the family's everyday life if you have worked with them directly.",
          },
        ],
        familyTherapist: [
          {
            fi: 'Kuuntele, millaisia suhteita ja toistuvia kuvioita esittelyssä kuuluu – ja kenen ääni puuttuu.',
            en: 'Listen for relationships and repeating patterns in the presentation – and for whose voice is missing.',
          },
        ],
        team: [
          {
            fi: 'Kuuntele keskeyttämättä ja kirjaa itsellesi kysymyksiä ja havaintoja.',
            en: 'Listen without interrupting and jot down your questions and observations.',
          },
        ],
      },
      tools: ['notes', 'genogram', 'timeline', 'threeHouses', 'networkMap'],
    },
    {
      id: 'clarifyingQuestions',
      name: { fi: 'Tarkentavat kysymykset', en: 'Clarifying questions' },
      purpose: {
        fi: 'Kysymyksiä, jotka auttavat ymmärtämään – ei vielä ratkaisuja.',
        en: 'Questions that help understanding – no solutions yet.',
      },
      scope: 'perDeepDiveFamily',
      plannedMinutes: 5,
      leadRole: 'team',
      prompts: {
        team: [
          {
            fi: 'Kysy vain tarkentavia kysymyksiä: ratkaisuja ja tulkintoja ei vielä esitetä.',
            en: 'Ask clarifying questions only: no solutions or interpretations yet.',
          },
          {
            fi: 'Mitä tietoa tarvitset, jotta ymmärtäisit perheen tilannetta paremmin?',
            en: "What do you need to know to understand the family's situation better?",
          },
          {
            fi: 'Mitä lapsi on itse sanonut tilanteestaan?',
            en: 'What has the child said about the situation in their own words?',
          },
        ],
        responsibleSocialWorker: [
          {
            fi: 'Vastaa lyhyesti. ”En tiedä” on hyvä vastaus – sekin on tärkeää tietoa.',
            en: "Answer briefly. “I don't know” is a good answer – it is useful information too.",
          },
        ],
        consultingSocialWorker: [
          {
            fi: 'Ohjaa keskustelu takaisin kysymyksiin, jos se alkaa liukua ratkaisuihin.',
            en: 'Steer the talk back to questions if it starts drifting to solutions.',
          },
        ],
      },
      tools: ['notes'],
    },
    {
      id: 'hypothesising',
      name: { fi: 'Hypoteesit', en: 'Hypothesising' },
      purpose: {
        fi: 'Alustavia, suhteisiin liittyviä ajatuksia siitä, mitä perheessä voisi olla meneillään – ketään syyllistämättä.',
        en: 'Tentative, relational, non-blaming ideas about what might be going on in the family.',
      },
      scope: 'perDeepDiveFamily',
      plannedMinutes: 15,
      leadRole: 'familyTherapist',
      prompts: {
        // Milan-school circular question starters (Palazzoli et al.; Tomm's circular questions).
        familyTherapist: [
          { fi: 'Yksi mahdollinen ajatus on, että…', en: 'One possible idea is that…' },
          {
            fi: 'Kun yksi perheenjäsen tekee näin, mitä toinen silloin tekee – ja mitä lapsi tekee sen jälkeen?',
            en: 'When one family member does this, what does another do then – and what does the child do next?',
          },
          {
            fi: 'Kuka perheessä huolestuu eniten, kuka vähiten? Mitä muut silloin tekevät?',
            en: 'Who in the family worries most, and who least? What do the others do then?',
          },
          {
            fi: 'Jos ongelma yhtäkkiä katoaisi, mikä perheen suhteissa muuttuisi? Kuka huomaisi sen ensimmäisenä?',
            en: "If the problem suddenly disappeared, what would change in the family's relationships? Who would notice first?",
          },
          {
            fi: 'Mikä merkitys ongelmalla voisi olla perheen suhteissa juuri nyt?',
            en: "What meaning might the problem have in the family's relationships right now?",
          },
          {
            fi: 'Miten lapsi itse selittäisi sen, mitä perheessä tapahtuu?',
            en: 'How would the child explain what is happening in the family?',
          },
          {
            fi: 'Mikä meidän työntekijöiden toiminnassa voi ylläpitää kuviota? Miltä työskentelymme näyttää perheen silmin?',
            en: 'What in our own work as professionals might keep the pattern going? How does our work look to the family?',
          },
          {
            fi: 'Mitä sukupuoli, kulttuuri, luokka tai muut Social GRACES -näkökulmat tuovat esiin?',
            en: 'What do gender, culture, class or the other Social GRACES lenses bring out?',
          },
        ],
        team: [
          {
            fi: 'Muotoile hypoteesi alustavaksi ja suhteisiin liittyväksi niin, ettei se syyllistä ketään.',
            en: 'Make each hypothesis tentative, relational and non-blaming.',
          },
          {
            fi: 'Hypoteesin ei tarvitse olla oikeassa: se on hyödyllinen, jos se tuottaa uusia kysymyksiä.',
            en: 'A hypothesis need not be right: it is useful if it brings new questions.',
          },
          {
            fi: 'Millä kysymyksillä hypoteesia voisi testata perheen kanssa?',
            en: 'Which questions could test the hypothesis with the family?',
          },
        ],
        consultingSocialWorker: [
          {
            fi: 'Pyydä kahdesta kolmeen erilaista hypoteesia ja kirjaa ne näkyviin.',
            en: 'Ask for two or three different hypotheses and put them on the screen.',
          },
        ],
        responsibleSocialWorker: [
          {
            fi: 'Kuuntele ilman tarvetta vastata tai puolustautua. Huomaa, mikä herättää uteliaisuutesi.',
            en: 'Listen without needing to answer or defend. Notice what makes you curious.',
          },
        ],
        teamCoordinator: [
          {
            fi: 'Kirjaa jokainen hypoteesi ja se, kuka sen esitti.',
            en: 'Record each hypothesis and who proposed it.',
          },
        ],
      },
      tools: ['hypotheses', 'notes'],
    },
    {
      id: 'reflection',
      name: { fi: 'Reflektio', en: 'Reflection' },
      purpose: {
        fi: 'Esittelijä kertoo, mikä kuulluista ajatuksista tuntui osuvalta tai kosketti.',
        en: 'The presenter says what resonated from what they heard.',
      },
      scope: 'perDeepDiveFamily',
      plannedMinutes: 5,
      leadRole: 'responsibleSocialWorker',
      prompts: {
        responsibleSocialWorker: [
          {
            fi: 'Mikä kuulemastasi jäi mieleen tai kosketti?',
            en: 'What stayed with you or resonated from what you heard?',
          },
          {
            fi: 'Mikä hypoteeseista tuntuu hyödyllisimmältä, mikä vieraimmalta?',
            en: 'Which hypothesis feels most useful, and which most foreign?',
          },
          {
            fi: 'Mitä ajattelet nyt toisin kuin ennen esittelyä?',
            en: 'What do you think differently now than before the presentation?',
          },
        ],
        familyTherapist: [
          {
            fi: 'Päivitä hypoteesien tila esittelijän ajatusten pohjalta: vahvistunut, heikentynyt, luovuttu vai edelleen ajankohtainen?',
            en: "Update the hypotheses from the presenter's thoughts: strengthened, weakened or dropped?",
          },
        ],
        team: [
          {
            fi: 'Kuuntele: nyt puheenvuoro on esittelijällä.',
            en: 'Listen: the floor belongs to the presenter now.',
          },
        ],
      },
      tools: ['notes', 'hypotheses'],
    },
    {
      id: 'riskScaling',
      name: { fi: 'Turvallisuuden arviointi (0–10)', en: 'Risk and safety scaling' },
      purpose: {
        fi: 'Turvallisuusasteikko 0–10: jokainen arvioi ensin yksin, ja kaikki arviot näytetään yhtä aikaa.',
        en: 'The 0–10 safety scale: everyone scores privately first, then all scores are shown at once.',
      },
      scope: 'perDeepDiveFamily',
      plannedMinutes: 5,
      leadRole: 'consultingSocialWorker',
      prompts: {
        consultingSocialWorker: [
          {
            fi: 'Onko jokainen antanut arvionsa ennen kuin keskustelemme?',
            en: 'Has everyone scored before we discuss?',
          },
          {
            fi: 'Jokainen arvioi ensin yksin, kenenkään näkemättä. Kaikki arviot näytetään yhtä aikaa.',
            en: 'Everyone scores privately first, with nobody watching. All scores are shown at once.',
          },
          {
            fi: 'Asteikko: 0 = lapset eivät ole nyt turvassa kotona, 10 = turvallisuutta on niin paljon, että asiakkuus voidaan päättää.',
            en: 'The scale: 0 = the children are not safe at home now, 10 = there is enough safety to close the case.',
          },
          {
            fi: 'Kun arviot näkyvät: mistä erot johtuvat?',
            en: 'Once the scores are shown: where do the differences come from?',
          },
        ],
        team: [
          {
            fi: 'Perustele arviosi: miksi juuri tämä luku, ja mikä nostaisi sitä yhdellä?',
            en: 'Give your reason: why this number, and what would move it one point up?',
          },
          {
            fi: 'Mikä huolettaa, mikä sujuu hyvin ja minkä pitää tapahtua?',
            en: 'What are we worried about, what is working well, and what needs to happen?',
          },
        ],
      },
      tools: ['riskRound', 'notes'],
    },
    {
      id: 'plan',
      name: { fi: 'Suunnitelma', en: 'Plan' },
      purpose: {
        fi: 'Seuraavat askeleet, perheelle vietävät kysymykset sekä kuka tekee mitä ja mihin mennessä.',
        en: 'Next steps, questions to take to the family, and who does what by when.',
      },
      scope: 'perDeepDiveFamily',
      plannedMinutes: 10,
      leadRole: 'consultingSocialWorker',
      prompts: {
        consultingSocialWorker: [
          { fi: 'Kuka tekee mitä ja mihin mennessä?', en: 'Who does what, and by when?' },
          {
            fi: 'Tiivistä, mitä tiimi sopi ja mikä jää vielä auki.',
            en: 'Sum up what the team agreed and what is still open.',
          },
        ],
        responsibleSocialWorker: [
          {
            fi: 'Mitä kysymyksiä viet perheelle seuraavalla tapaamisella?',
            en: 'Which questions will you take to the family at your next meeting with them?',
          },
          {
            fi: 'Mitä tarvitset tiimiltä ennen seuraavaa kokousta?',
            en: 'What do you need from the team before the next meeting?',
          },
        ],
        familyTherapist: [
          {
            fi: 'Millä kysymyksillä hypoteeseja voisi testata perheen kanssa?',
            en: 'Which questions would test the hypotheses with the family?',
          },
        ],
        socialCounsellor: [
          {
            fi: 'Mitä voit selvittää tai kokeilla perheen kanssa suorassa työssä?',
            en: 'What can you find out or try with the family in your direct work?',
          },
        ],
        teamCoordinator: [
          {
            fi: 'Kirjaa jokaiselle tehtävälle vastuuhenkilö ja määräpäivä.',
            en: 'Record an owner and a due date for every action.',
          },
        ],
      },
      tools: ['actions', 'familyQuestions', 'notes'],
    },
    {
      id: 'recordingAndClose',
      name: { fi: 'Kirjaus ja lopetus', en: 'Recording check and close' },
      purpose: {
        fi: 'Sovitut tehtävät tarkistetaan ja jokaisesta perheestä on yhteenveto kirjausta varten.',
        en: 'The agreed actions are checked and every family has a summary ready for the record.',
      },
      scope: 'once',
      plannedMinutes: 5,
      leadRole: 'teamCoordinator',
      prompts: {
        teamCoordinator: [
          {
            fi: 'Käy läpi sovitut tehtävät, vastuuhenkilöt ja määräpäivät.',
            en: 'Go through the agreed actions, owners and due dates.',
          },
          {
            fi: 'Tarkista, että jokaisesta käsitellystä perheestä on yhteenveto kirjausta varten.',
            en: 'Check that every family discussed has a summary ready for the record.',
          },
        ],
        responsibleSocialWorker: [
          {
            fi: 'Kirjaa olennainen asiakaskertomukseen viipymättä kokouksen jälkeen.',
            en: 'Write the essentials into the client case record without delay after the meeting.',
          },
        ],
        consultingSocialWorker: [
          {
            fi: 'Miten kokous sujui? Mitä teemme ensi kerralla toisin?',
            en: 'How did the meeting go? What will we do differently next time?',
          },
          { fi: 'Kiitä kaikkia ja päätä kokous.', en: 'Thank everyone and close the meeting.' },
        ],
      },
      tools: ['agreedInMeeting', 'notes'],
    },
  ],
};

/**
 * LIPSY's interim review meeting (väliarviointipalaveri) during a child-psychiatry care period, with
 * the family and its network present. The phases about the care period repeat per deep-dive family:
 * usually the agenda has one, the family whose care period is reviewed.
 *
 * Its roles are the team's standard role ids named for hospital staff (consultingSocialWorker is
 * the chair, the attending physician; responsibleSocialWorker the family's primary nurse;
 * socialCounsellor ward staff in daily work with the family; teamCoordinator the recorder), plus
 * the municipal social worker from the family's network. Teams rename or add roles in a copy.
 */
export const interimReviewTemplate: MeetingTemplate = {
  schemaVersion: 2,
  id: 'builtIn.interimReview',
  kind: 'interimReview',
  name: { fi: 'Väliarviointipalaveri', en: 'Interim review meeting' },
  roles: [
    { id: 'consultingSocialWorker', name: { fi: 'Hoitava lääkäri', en: 'Attending physician' } },
    { id: 'responsibleSocialWorker', name: { fi: 'Omahoitaja', en: 'Primary nurse' }, scope: 'meeting' },
    { id: 'familyTherapist', name: { fi: 'Perheterapeutti', en: 'Family therapist' } },
    { id: 'socialCounsellor', name: { fi: 'Hoitaja (perheosasto)', en: 'Nurse (family unit)' }, scope: 'meeting' },
    { id: 'teamCoordinator', name: { fi: 'Kirjaaja (sairaanhoitaja)', en: 'Recorder (nurse)' } },
    { id: 'municipalSocialWorker', name: { fi: 'Kunnan sosiaalityöntekijä', en: 'Municipal social worker' } },
  ],
  phases: [
    {
      id: 'opening',
      name: { fi: 'Avaus ja esittäytyminen', en: 'Opening and introductions' },
      purpose: {
        fi: 'Perhe ja verkosto (esim. kunnan sosiaalityöntekijä, koulu) ovat mukana. Sovitaan palaverin kulku.',
        en: "The family and the network (e.g. the municipal social worker, school) are present. Agree the meeting's course.",
      },
      scope: 'once',
      plannedMinutes: 10,
      leadRole: 'consultingSocialWorker',
      prompts: {
        consultingSocialWorker: [
          {
            fi: 'Toivota perhe ja verkoston edustajat tervetulleiksi ja pyydä kaikkia esittäytymään.',
            en: 'Welcome the family and the network and ask everyone to introduce themselves.',
          },
          {
            fi: 'Kerro palaverin tarkoitus: katsomme yhdessä, miten hoitojakso on edennyt ja mitä sen loppuosalta toivotaan.',
            en: 'Explain the purpose: together we look at how the care period has gone and what we hope for the rest of it.',
          },
          {
            fi: 'Kysy perheeltä, mitä he toivovat tältä palaverilta.',
            en: 'Ask the family what they hope for from this meeting.',
          },
        ],
        teamCoordinator: [
          {
            fi: 'Merkitse läsnäolijat ja heidän roolinsa.',
            en: 'Record who is present and in what role.',
          },
        ],
      },
      tools: ['agenda', 'notes'],
    },
    {
      id: 'goalsAndProgress',
      name: { fi: 'Hoitojakson tavoitteet ja edistyminen', en: 'Care-period goals and progress' },
      purpose: {
        fi: 'Hoitojakson alussa sovitut tavoitteet ja se, miten niissä on edetty.',
        en: 'The goals agreed at the start of the care period and the progress made towards them.',
      },
      scope: 'perDeepDiveFamily',
      plannedMinutes: 15,
      leadRole: 'responsibleSocialWorker',
      prompts: {
        responsibleSocialWorker: [
          {
            fi: 'Kertaa hoitojakson alussa sovitut tavoitteet, mahdollisuuksien mukaan perheen omin sanoin.',
            en: "Recap the goals agreed at the start of the care period, in the family's own words where possible.",
          },
          {
            fi: 'Missä olemme nyt kunkin tavoitteen kohdalla? Mikä on edennyt, mikä ei vielä?',
            en: 'Where are we now with each goal? What has moved forward, and what not yet?',
          },
        ],
        team: [
          {
            fi: 'Kuullaan ensin lasta ja vanhempia: mikä heidän mielestään on muuttunut?',
            en: 'Hear the child and the parents first: what do they think has changed?',
          },
          {
            fi: 'Asteikolla 0–10: kuinka lähellä kukin tavoite on nyt?',
            en: 'On a scale of 0–10: how close is each goal now?',
          },
        ],
      },
      tools: ['carePeriodGoals', 'notes'],
    },
    {
      id: 'wardObservations',
      name: { fi: 'Havainnot osastolta', en: 'Observations from the ward' },
      purpose: {
        fi: 'Konkreettisia havaintoja osaston arjesta: mikä sujui, mikä oli vaikeaa.',
        en: 'Concrete observations from daily life on the ward: what went well, what was hard.',
      },
      scope: 'perDeepDiveFamily',
      plannedMinutes: 10,
      leadRole: 'socialCounsellor',
      prompts: {
        socialCounsellor: [
          {
            fi: 'Kerro tilanteista, joissa arki sujui, ja tilanteista, jotka olivat vaikeita.',
            en: 'Describe moments when everyday life went well and moments that were hard.',
          },
          {
            fi: 'Kuvaa ensin, mitä tapahtui, ja vasta sitten, miten sen tulkitset.',
            en: 'Describe first what happened, and only then how you read it.',
          },
        ],
        familyTherapist: [
          {
            fi: 'Mitkä vuorovaikutuksen kuviot toistuvat havainnoissa?',
            en: 'Which patterns of interaction repeat in the observations?',
          },
        ],
        team: [
          {
            fi: 'Vastaavatko havainnot perheen omaa kokemusta? Mitä verkosto on huomannut kotona tai koulussa?',
            en: "Do the observations match the family's own experience? What has the network noticed at home or at school?",
          },
        ],
      },
      tools: ['notes'],
    },
    {
      id: 'hypothesesRevisited',
      name: { fi: 'Hypoteesien tarkistus', en: 'Hypotheses revisited' },
      purpose: {
        fi: 'Aiemmat hypoteesit uuden tiedon valossa: mitkä ovat vahvistuneet tai heikentyneet, mistä luovutaan ja mitä uutta syntyy.',
        en: 'Earlier hypotheses in the light of new information: strengthened, weakened, dropped and new.',
      },
      scope: 'perDeepDiveFamily',
      plannedMinutes: 15,
      leadRole: 'familyTherapist',
      prompts: {
        familyTherapist: [
          {
            fi: 'Mitkä aiemmista hypoteeseista ovat vahvistuneet, mitkä heikentyneet?',
            en: 'Which earlier hypotheses have strengthened, and which weakened?',
          },
          {
            fi: 'Mikä hoitojakson aikana saatu tieto herättää uuden hypoteesin?',
            en: 'What have we learnt during the care period that suggests a new hypothesis?',
          },
          {
            fi: 'Kuka perheessä huomasi muutoksen ensimmäisenä? Miten muut ovat siihen reagoineet?',
            en: 'Who in the family noticed the change first? How have the others responded to it?',
          },
          {
            fi: 'Kerro hypoteesit perheelle alustavina ajatuksina ja kysy, mikä niistä tuntuu heistä osuvalta.',
            en: 'Offer the hypotheses to the family tentatively and ask which of them fit for them.',
          },
        ],
        consultingSocialWorker: [
          {
            fi: 'Huolehdi, että myös hypoteesi, josta luovutaan, kirjataan: sekin on tuottanut tietoa.',
            en: 'Make sure a dropped hypothesis is recorded too: it has produced information.',
          },
        ],
      },
      tools: ['hypotheses', 'notes'],
    },
    {
      id: 'reflectionWithFamily',
      name: { fi: 'Reflektio perheen läsnä ollessa', en: 'Reflection with the family present' },
      purpose: {
        fi: 'Työryhmä keskustelee ääneen perheen kuullen, ja perhe kommentoi sen jälkeen.',
        en: 'The staff talk aloud while the family listens; then the family comments.',
      },
      scope: 'perDeepDiveFamily',
      plannedMinutes: 10,
      leadRole: 'familyTherapist',
      prompts: {
        familyTherapist: [
          {
            fi: 'Puhukaa toisillenne, ei perheelle, ja käyttäkää alustavaa, pohtivaa kieltä: ”ehkä”, ”mietin, voisiko…”.',
            en: 'Talk to each other, not to the family, and use tentative language: “perhaps”, “I wonder whether…”.',
          },
          {
            fi: 'Mitä vahvuuksia olemme nähneet perheessä hoitojakson aikana?',
            en: 'What strengths have we seen in the family during the care period?',
          },
        ],
        team: [
          {
            fi: 'Mikä perheen kertomassa on koskettanut sinua?',
            en: "What in the family's account has touched you?",
          },
        ],
        responsibleSocialWorker: [
          {
            fi: 'Kysy lopuksi perheeltä: mikä kuulemastanne oli tärkeää, mikä ei sopinut teille?',
            en: 'Finally ask the family: what in what you heard mattered, and what did not fit for you?',
          },
        ],
      },
      tools: ['reflectingTeam', 'hypotheses'],
    },
    {
      id: 'planForCarePeriod',
      name: { fi: 'Suunnitelma hoitojakson loppuun', en: 'Plan for the rest of the care period' },
      purpose: {
        fi: 'Mihin hoitojakson loppuosa keskittyy, kuka tekee mitä ja miten kotiutumista valmistellaan.',
        en: 'What the rest of the care period focuses on, who does what, and how discharge is prepared.',
      },
      scope: 'perDeepDiveFamily',
      plannedMinutes: 15,
      leadRole: 'consultingSocialWorker',
      prompts: {
        consultingSocialWorker: [
          {
            fi: 'Mihin hoitojakson loppuosa keskittyy? Täsmennetäänkö tai muutetaanko tavoitteita?',
            en: 'What will the rest of the care period focus on? Do the goals need refining or changing?',
          },
          {
            fi: 'Kuka tekee mitä ja mihin mennessä – perhe, osasto ja verkosto?',
            en: 'Who does what, and by when – the family, the ward and the network?',
          },
          {
            fi: 'Miten kotiutumista ja jatkohoitoa valmistellaan?',
            en: 'How are discharge and follow-up care being prepared?',
          },
        ],
        team: [
          {
            fi: 'Mitä verkosto (kunnan sosiaalityö, koulu) tarvitsee, jotta muutos kantaa myös kotona?',
            en: 'What does the network (municipal social work, school) need so that the change carries over at home?',
          },
        ],
        responsibleSocialWorker: [
          {
            fi: 'Mitä kysymyksiä perhe haluaa pohtia ennen seuraavaa tapaamista?',
            en: 'Which questions does the family want to think about before the next meeting?',
          },
        ],
      },
      tools: ['actions', 'familyQuestions', 'notes'],
    },
    {
      id: 'recordingForPatientRecord',
      name: { fi: 'Kirjaus potilaskertomukseen ja lopetus', en: 'Recording for the patient record and close' },
      purpose: {
        fi: 'Sovitut asiat tarkistetaan yhdessä ja kootaan yhteenveto potilaskertomukseen kirjaamista varten.',
        en: 'The agreements are checked together and a summary is prepared for the patient record.',
      },
      scope: 'once',
      plannedMinutes: 5,
      leadRole: 'teamCoordinator',
      prompts: {
        teamCoordinator: [
          {
            fi: 'Lue sovitut asiat ääneen ja tarkista ne perheen ja verkoston kanssa.',
            en: 'Read the agreements aloud and check them with the family and the network.',
          },
          {
            fi: 'Kokoa palaverin yhteenveto potilaskertomukseen kirjaamista varten.',
            en: 'Put together the meeting summary for the patient record.',
          },
        ],
        responsibleSocialWorker: [
          {
            fi: 'Kirjaa yhteenveto potilaskertomukseen viipymättä palaverin jälkeen.',
            en: 'Enter the summary in the patient record without delay after the meeting.',
          },
        ],
        consultingSocialWorker: [
          {
            fi: 'Sovi seuraavan palaverin ajankohta ja kiitä kaikkia osallistujia.',
            en: 'Agree the time of the next meeting and thank everyone for taking part.',
          },
        ],
      },
      tools: ['agreedInMeeting', 'notes'],
    },
  ],
};

export const builtInTemplates: readonly MeetingTemplate[] = [weeklyMeetingTemplate, interimReviewTemplate];

export function findBuiltInTemplate(id: string): MeetingTemplate | undefined {
  return builtInTemplates.find((template) => template.id === id);
}
