// Says, while a new passphrase is typed, how guessable it is (weak ones are refused on submit),
// with the advice to use four or more random words. Announced politely to screen readers.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessPassphrase, type PassphraseStrength } from './passphraseStrength';

export function PassphraseStrengthNote({ passphrase, id }: { passphrase: string; id: string }) {
  const { t } = useTranslation();
  const [assessed, setAssessed] = useState<{ passphrase: string; strength: PassphraseStrength } | null>(null);
  useEffect(() => {
    if (passphrase === '') return undefined;
    let current = true;
    // Checked once typing pauses: one check can take a few hundred milliseconds.
    const timer = setTimeout(() => {
      void assessPassphrase(passphrase).then((strength) => {
        if (current) setAssessed({ passphrase, strength });
      });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [passphrase]);
  const strength = assessed?.passphrase === passphrase ? assessed.strength : null;
  const verdict =
    passphrase === ''
      ? ''
      : !strength
        ? t('keys.strength.checking')
        : strength.level === 'weak'
          ? t(strength.common ? 'keys.strength.weakCommon' : 'keys.strength.weak')
          : t(`keys.strength.${strength.level}`);
  return (
    <div className="passphrase-strength" id={id}>
      <p className={strength?.level === 'weak' ? undefined : 'help'} aria-live="polite" data-strength={strength?.level ?? ''}>
        {verdict}
      </p>
      <p className="help">{t('keys.strength.advice')}</p>
    </div>
  );
}
