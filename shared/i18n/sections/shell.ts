// Texts of locking and the desktop shell: leaving child mode (the worker's passphrase prompt and
// its waiting time after wrong tries), keeping a running meeting open for the chair, and the
// desktop app's menu. English and Finnish side by side; the type makes Finnish carry exactly the
// English keys. The menu is built in the Electron main process, which imports this file directly.
import type { Shape } from '../messages';

export const shellEn = {
  childExit: {
    title: 'For the worker',
    body: 'Type the team’s passphrase to leave child mode.',
    passphrase: 'The team’s passphrase',
    leave: 'Leave child mode',
    stay: 'Back to the houses',
    checking: 'Checking…',
    wrong: 'That passphrase is not right. Child mode stays on.',
    wait_one: 'Too many wrong tries. Try again in {{count}} second.',
    wait_other: 'Too many wrong tries. Try again in {{count}} seconds.',
    waitMinutes_one: 'Too many wrong tries. Try again in {{count}} minute.',
    waitMinutes_other: 'Too many wrong tries. Try again in {{count}} minutes.',
  },
  keepOpen: {
    label: 'Keep Kehä open during this meeting',
    help: 'Kehä does not lock by itself while this meeting runs in this window. Locking the computer still locks Kehä, and so does the Lock button.',
    on: 'Kehä stays open in this window until the meeting ends or you leave the chair’s view.',
  },
  menu: {
    file: 'File',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    hide: 'Hide Kehä',
    hideOthers: 'Hide others',
    showAll: 'Show all',
    quit: 'Quit Kehä',
  },
};

export const shellFi: Shape<typeof shellEn> = {
  childExit: {
    title: 'Työntekijälle',
    body: 'Kirjoita tiimin salalause, niin lapsen näkymä sulkeutuu.',
    passphrase: 'Tiimin salalause',
    leave: 'Poistu lapsen näkymästä',
    stay: 'Takaisin taloihin',
    checking: 'Tarkistetaan…',
    wrong: 'Salalause ei ole oikea. Lapsen näkymä pysyy päällä.',
    wait_one: 'Liian monta väärää yritystä. Yritä uudelleen {{count}} sekunnin kuluttua.',
    wait_other: 'Liian monta väärää yritystä. Yritä uudelleen {{count}} sekunnin kuluttua.',
    waitMinutes_one: 'Liian monta väärää yritystä. Yritä uudelleen {{count}} minuutin kuluttua.',
    waitMinutes_other: 'Liian monta väärää yritystä. Yritä uudelleen {{count}} minuutin kuluttua.',
  },
  keepOpen: {
    label: 'Pidä Kehä auki tämän kokouksen ajan',
    help: 'Kehä ei lukitu itsestään, kun tämä kokous on käynnissä tässä ikkunassa. Tietokoneen lukitseminen lukitsee silti Kehän, samoin Lukitse-painike.',
    on: 'Kehä pysyy auki tässä ikkunassa, kunnes kokous päättyy tai poistut puheenjohtajan näkymästä.',
  },
  menu: {
    file: 'Tiedosto',
    edit: 'Muokkaa',
    undo: 'Kumoa',
    redo: 'Tee uudelleen',
    cut: 'Leikkaa',
    copy: 'Kopioi',
    paste: 'Liitä',
    selectAll: 'Valitse kaikki',
    hide: 'Kätke Kehä',
    hideOthers: 'Kätke muut',
    showAll: 'Näytä kaikki',
    quit: 'Lopeta Kehä',
  },
};
