// The passphrase field as rendered: nothing on it invites the browser or a password manager to keep
// the team passphrase (no current-password / new-password, autocomplete off, the managers' ignore
// marks), and that holds whether the passphrase is hidden or shown.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PassphraseField } from '../../../renderer/src/vault/PassphraseField';

/** The passphrase <input> as React renders it (attribute names as React writes them, e.g. autoComplete). */
function passphraseInput(): string {
  const html = renderToStaticMarkup(
    createElement(PassphraseField, {
      label: 'Salalause',
      value: 'kevät tulee taas kehään',
      onChange: () => {},
      help: 'ohje',
      autoFocus: false,
      invalid: false,
      errorId: null,
    }),
  );
  const match = /<input(?![^>]*type="checkbox")[^>]*>/.exec(html);
  if (!match) throw new Error(`no passphrase input in ${html}`);
  return match[0];
}

const attribute = (input: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(input)?.[1];

describe('PassphraseField', () => {
  it('asks browsers and password managers not to save or fill the team passphrase', () => {
    const input = passphraseInput();
    expect(attribute(input, 'type')).toBe('password');
    expect(attribute(input, 'autocomplete')).toBe('off');
    expect(input).not.toMatch(/current-password|new-password/);
    expect(attribute(input, 'spellcheck')).toBe('false');
    expect(attribute(input, 'data-bwignore')).toBe('true');
    expect(attribute(input, 'data-1p-ignore')).toBe('true');
    expect(attribute(input, 'data-lpignore')).toBe('true');
  });
});
