// Texts of the team on several computers (docs/domain.md: The team on several computers): who is
// using this computer (asked after unlock, shown in the header), the activity log's "who", the run
// screen of a computer that follows the chair's, taking the meeting over, and a member's private
// safety score on their own computer.
// English and Finnish side by side; the type makes Finnish carry exactly the English keys.
import type { Shape } from '../messages';

export const togetherEn = {
  computer: {
    askTitle: 'Who is using Kehä on this computer?',
    askHelp:
      'Kehä remembers it on this computer only, so that the activity log and what you record here (who proposed, who asked) name you. The other members’ computers are not affected.',
    member: 'Team member',
    choose: 'Choose a member',
    confirm: 'This is me',
    save: 'Save',
    skip: 'Continue without choosing',
    chooseFirst: 'Choose a member, or continue without choosing.',
    usedBy: 'Using: {{name}}',
    nobody: 'Who is using this computer?',
    change: 'Change who is using Kehä on this computer (now {{name}})',
    changeNobody: 'Say who is using Kehä on this computer',
    saved: 'Kehä now knows that {{name}} is using this computer.',
    forgotten: 'Kehä no longer names anyone as using this computer.',
    forget: 'Nobody in particular',
  },
  log: {
    by: 'Who',
    unknown: 'Not known',
  },
  follow: {
    following: 'Following the meeting run on the chair’s computer ({{name}}).',
    followingUnnamed: 'Following the meeting run on the chair’s computer.',
    help: 'The phase, the family and the timers move with the chair’s computer. What you capture here (notes, hypotheses, actions, questions, your safety score) goes into the same meeting.',
    takeOver: 'Take over the meeting',
    takeOverTitle: 'Take over the meeting on this computer?',
    takeOverBody:
      'Do this only when the chair’s computer is gone (closed, out of battery or off the network). From then on this computer moves the phases, and the other computers follow it.',
    takeOverConfirm: 'Take over',
    takeOverCancel: 'Keep following',
    tookOver: 'This computer now runs the meeting.',
    notDriver: 'Another computer runs this meeting now: only it moves the phases. This computer follows it.',
  },
  score: {
    heading: 'Your score',
    intro: 'Score privately here, on your own computer: nobody sees it until the chair reveals every score at once.',
    scoreNow: 'Give your score',
    again: 'Score again',
    scored: 'You have scored.',
    notScoring: 'You chose not to score.',
    hidden: 'Your score is hidden from everyone until the reveal.',
    notParticipant: 'You are not among those scoring in this round.',
    whoIsUsing: 'Say who is using this computer to give your own score here.',
    others: 'Who has scored',
    waitingForReveal: 'The chair reveals the scores on the chair’s computer.',
  },
};

export const togetherFi: Shape<typeof togetherEn> = {
  computer: {
    askTitle: 'Kuka käyttää Kehää tällä tietokoneella?',
    askHelp:
      'Kehä muistaa valinnan vain tällä tietokoneella, jotta tapahtumaloki ja täällä kirjaamasi (kuka ehdotti, kuka kysyi) nimeävät sinut. Muiden jäsenten tietokoneisiin valinta ei vaikuta.',
    member: 'Tiimin jäsen',
    choose: 'Valitse jäsen',
    confirm: 'Tämä olen minä',
    save: 'Tallenna',
    skip: 'Jatka valitsematta',
    chooseFirst: 'Valitse jäsen tai jatka valitsematta.',
    usedBy: 'Käyttäjä: {{name}}',
    nobody: 'Kuka käyttää tätä tietokonetta?',
    change: 'Vaihda, kuka käyttää Kehää tällä tietokoneella (nyt {{name}})',
    changeNobody: 'Kerro, kuka käyttää Kehää tällä tietokoneella',
    saved: 'Kehä tietää nyt, että tätä tietokonetta käyttää {{name}}.',
    forgotten: 'Kehä ei enää nimeä ketään tämän tietokoneen käyttäjäksi.',
    forget: 'Ei ketään erityisesti',
  },
  log: {
    by: 'Kuka',
    unknown: 'Ei tiedossa',
  },
  follow: {
    following: 'Seurataan puheenjohtajan tietokoneella ({{name}}) etenevää kokousta.',
    followingUnnamed: 'Seurataan puheenjohtajan tietokoneella etenevää kokousta.',
    help: 'Vaihe, perhe ja ajastimet etenevät puheenjohtajan tietokoneen mukana. Se, mitä kirjaat täällä (muistiinpanot, hypoteesit, tehtävät, kysymykset, oma turvallisuusarviosi), tallentuu samaan kokoukseen.',
    takeOver: 'Ota kokous tälle tietokoneelle',
    takeOverTitle: 'Otetaanko kokouksen vetäminen tälle tietokoneelle?',
    takeOverBody:
      'Tee näin vain, kun puheenjohtajan tietokone ei ole käytettävissä (suljettu, akku loppu tai ei verkossa). Sen jälkeen vaiheita siirretään tältä tietokoneelta, ja muut tietokoneet seuraavat sitä.',
    takeOverConfirm: 'Ota kokous',
    takeOverCancel: 'Jatka seuraamista',
    tookOver: 'Kokousta vedetään nyt tältä tietokoneelta.',
    notDriver: 'Kokousta vedetään nyt toiselta tietokoneelta: vain se siirtää vaiheita. Tämä tietokone seuraa sitä.',
  },
  score: {
    heading: 'Oma arviosi',
    intro: 'Arvioi yksin täällä, omalla tietokoneellasi: kukaan ei näe arviotasi ennen kuin puheenjohtaja näyttää kaikki arviot yhtä aikaa.',
    scoreNow: 'Anna arviosi',
    again: 'Arvioi uudelleen',
    scored: 'Olet antanut arviosi.',
    notScoring: 'Valitsit, ettet arvioi.',
    hidden: 'Arviosi on piilossa kaikilta, kunnes kaikki arviot näytetään yhtä aikaa.',
    notParticipant: 'Et ole tämän kierroksen arvioijien joukossa.',
    whoIsUsing: 'Kerro, kuka käyttää tätä tietokonetta, niin voit antaa oman arviosi täällä.',
    others: 'Ketkä ovat arvioineet',
    waitingForReveal: 'Puheenjohtaja näyttää kaikki arviot yhtä aikaa omalla tietokoneellaan.',
  },
};
