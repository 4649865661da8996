// Texts of the vault's keys: the passphrase strength check (creating the vault and changing the
// passphrase), the "Passphrase and key" section of the Data and security screen with its key
// renewal progress, and the screen shown when the vault header is missing but data is stored.
// English and Finnish side by side; the type makes Finnish carry exactly the English keys.
import type { Shape } from '../messages';

export const keysEn = {
  strength: {
    checking: 'Checking the passphrase…',
    weak: 'Weak: easy to guess. Kehä does not accept it.',
    weakCommon: 'Weak: it is on the list of common passwords. Kehä does not accept it.',
    fair: 'Fair: accepted, but four or more random words would be stronger.',
    strong: 'Strong.',
    advice: 'Best: four or more random words that do not form a known phrase, e.g. from a dice list.',
    refused: 'This passphrase is too easy to guess. Use four or more random words.',
    refusedCommon: 'This passphrase is on the list of common passwords. Use four or more random words.',
  },
  headerMissing: {
    title: 'The key of the stored data is missing',
    body: 'Kehä’s data is stored on this computer, but the vault header that holds its encrypted key is missing. Without it the data cannot be opened, and Kehä will not make a new vault over it: a new vault would have a new key and the stored data would be lost for good.',
    restore:
      'Restore the data from a backup (a backup file holds the vault header too), or contact your IT support. Do not clear the browser data: nothing has been changed or deleted.',
  },
  section: {
    heading: 'Passphrase and key',
    intro: 'Change the team’s passphrase here. The data stays as it is: only the key that opens it is locked again with the new passphrase.',
    oldPassphrase: 'Current passphrase',
    newPassphrase: 'New passphrase',
    newPassphraseRepeat: 'New passphrase again',
    renewKey: 'A member has left: also renew the data key',
    renewKeyHelp:
      'Someone who has left may know the old passphrase or have a copy of the data. A new key re-encrypts every record in the background, so old copies of the key no longer open anything written from now on. Other Kehä windows lock.',
    submit: 'Change passphrase',
    submitRenew: 'Change passphrase and renew key',
    working: 'Changing…',
    changed: 'The passphrase was changed. Use the new one from now on; the old one no longer opens Kehä.',
    changedRenewing: 'The passphrase was changed and the key is being renewed. Use the new passphrase from now on.',
    wrongOld: 'The current passphrase is wrong. Nothing was changed.',
    changedElsewhere: 'The passphrase or key was just changed in another window. Nothing was changed here; lock and unlock to continue.',
    renewalRunning: 'The key is still being renewed. Wait until it is finished before renewing it again.',
    sameAsOld: 'The new passphrase is the same as the current one.',
  },
  renewal: {
    label: 'Renewing the data key',
    progress: '{{done}} of {{total}} records re-encrypted',
    pending: 'The key renewal is not finished. It continues in the background while Kehä is open; locking pauses it.',
    finished: 'The key was renewed: every record is encrypted with the new key and the old key was removed.',
    unreadable_one: 'One record could not be read and was left as it was.',
    unreadable_other: '{{count}} records could not be read and were left as they were.',
    failed: 'Renewing the key stopped because of an error. It will continue the next time Kehä is unlocked.',
  },
};

export const keysFi: Shape<typeof keysEn> = {
  strength: {
    checking: 'Salalausetta tarkistetaan…',
    weak: 'Heikko: helppo arvata. Kehä ei hyväksy sitä.',
    weakCommon: 'Heikko: se on yleisten salasanojen listalla. Kehä ei hyväksy sitä.',
    fair: 'Kohtalainen: hyväksytään, mutta neljä tai useampi satunnainen sana olisi vahvempi.',
    strong: 'Vahva.',
    advice: 'Paras: neljä tai useampi satunnainen sana, jotka eivät muodosta tunnettua sanontaa, esim. noppalistasta.',
    refused: 'Tämä salalause on liian helppo arvata. Käytä neljää tai useampaa satunnaista sanaa.',
    refusedCommon: 'Tämä salalause on yleisten salasanojen listalla. Käytä neljää tai useampaa satunnaista sanaa.',
  },
  headerMissing: {
    title: 'Tallennettujen tietojen avain puuttuu',
    body: 'Kehän tietoja on tallennettu tälle tietokoneelle, mutta tietovaraston otsake, jossa on niiden salattu avain, puuttuu. Ilman sitä tietoja ei voi avata, eikä Kehä luo uutta tietovarastoa niiden päälle: uudella tietovarastolla olisi uusi avain, ja tallennetut tiedot menetettäisiin lopullisesti.',
    restore:
      'Palauta tiedot varmuuskopiosta (varmuuskopiotiedostossa on myös tietovaraston otsake) tai ota yhteys IT-tukeen. Älä tyhjennä selaimen tietoja: mitään ei ole muutettu eikä poistettu.',
  },
  section: {
    heading: 'Salalause ja avain',
    intro: 'Vaihda tiimin salalause tästä. Tiedot pysyvät ennallaan: vain niiden avaava avain lukitaan uudelleen uudella salalauseella.',
    oldPassphrase: 'Nykyinen salalause',
    newPassphrase: 'Uusi salalause',
    newPassphraseRepeat: 'Uusi salalause uudelleen',
    renewKey: 'Jäsen on lähtenyt: uusi myös tietojen avain',
    renewKeyHelp:
      'Lähtenyt jäsen voi tietää vanhan salalauseen tai hänellä voi olla kopio tiedoista. Uusi avain salaa jokaisen tietueen uudelleen taustalla, joten avaimen vanhat kopiot eivät avaa mitään tästä eteenpäin kirjoitettua. Muut Kehä-ikkunat lukittuvat.',
    submit: 'Vaihda salalause',
    submitRenew: 'Vaihda salalause ja uusi avain',
    working: 'Vaihdetaan…',
    changed: 'Salalause vaihdettiin. Käytä tästä lähtien uutta; vanha ei enää avaa Kehää.',
    changedRenewing: 'Salalause vaihdettiin ja avainta uusitaan. Käytä tästä lähtien uutta salalausetta.',
    wrongOld: 'Nykyinen salalause on väärä. Mitään ei muutettu.',
    changedElsewhere: 'Salalause tai avain vaihdettiin juuri toisessa ikkunassa. Täällä ei muutettu mitään; lukitse ja avaa jatkaaksesi.',
    renewalRunning: 'Avaimen uusiminen on vielä kesken. Odota, että se valmistuu, ennen kuin uusit avaimen uudelleen.',
    sameAsOld: 'Uusi salalause on sama kuin nykyinen.',
  },
  renewal: {
    label: 'Tietojen avainta uusitaan',
    progress: '{{done}}/{{total}} tietuetta salattu uudelleen',
    pending: 'Avaimen uusiminen on kesken. Se jatkuu taustalla, kun Kehä on auki; lukitseminen keskeyttää sen.',
    finished: 'Avain uusittiin: jokainen tietue on salattu uudella avaimella ja vanha avain poistettiin.',
    unreadable_one: 'Yhtä tietuetta ei voitu lukea, ja se jätettiin ennalleen.',
    unreadable_other: '{{count}} tietuetta ei voitu lukea, ja ne jätettiin ennalleen.',
    failed: 'Avaimen uusiminen pysähtyi virheeseen. Se jatkuu, kun Kehä avataan seuraavan kerran.',
  },
};
