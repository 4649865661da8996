// Texts of the link between the chair's view and the room's shared screen: the screen's own states
// and what the chair's view says about the screen it opened.
// English and Finnish side by side; the type makes Finnish carry exactly the English keys.
import type { Shape } from '../messages';

export const roomScreenEn = {
  unlinked:
    'This screen is not connected to the chair’s view. Open the room’s screen again from the chair’s view: Open shared screen (or Reconnect the room’s screen).',
  connected: 'The room’s screen is open and follows this meeting.',
  lost: 'The room’s screen is not connected: it was closed, reloaded or stopped answering.',
  reconnect: 'Reconnect the room’s screen',
  blocked: 'The browser did not let Kehä open a new window. Allow pop-up windows for this address, then try again.',
};

export const roomScreenFi: Shape<typeof roomScreenEn> = {
  unlinked:
    'Tämä näyttö ei ole yhteydessä puheenjohtajan näkymään. Avaa yhteinen näyttö uudelleen puheenjohtajan näkymästä: Avaa yhteinen näyttö (tai Yhdistä yhteinen näyttö uudelleen).',
  connected: 'Yhteinen näyttö on auki ja seuraa tätä kokousta.',
  lost: 'Yhteinen näyttö ei ole yhteydessä: se suljettiin, ladattiin uudelleen tai lakkasi vastaamasta.',
  reconnect: 'Yhdistä yhteinen näyttö uudelleen',
  blocked: 'Selain ei antanut Kehän avata uutta ikkunaa. Salli ponnahdusikkunat tälle osoitteelle ja yritä uudelleen.',
};
