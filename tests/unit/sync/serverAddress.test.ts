// The team server's address as typed: https, or http on this computer only; no credentials inside.
import { describe, expect, it } from 'vitest';
import { checkServerAddress } from '../../../shared/sync/serverAddress';

describe('checkServerAddress', () => {
  it('takes an https address, trimmed and without a trailing slash', () => {
    expect(checkServerAddress('  https://couch.example.fi/keha-team-3/ ')).toEqual({ ok: true, url: 'https://couch.example.fi/keha-team-3' });
    expect(checkServerAddress('https://couch.example.fi:6984/keha')).toEqual({ ok: true, url: 'https://couch.example.fi:6984/keha' });
  });

  it('takes plain http only for a server on this computer', () => {
    expect(checkServerAddress('http://127.0.0.1:5984/team')).toEqual({ ok: true, url: 'http://127.0.0.1:5984/team' });
    expect(checkServerAddress('http://localhost:5984/team')).toEqual({ ok: true, url: 'http://localhost:5984/team' });
    expect(checkServerAddress('http://[::1]:5984/team')).toEqual({ ok: true, url: 'http://[::1]:5984/team' });
    expect(checkServerAddress('http://couch.example.fi/team')).toEqual({ ok: false, issue: 'notHttps' });
    expect(checkServerAddress('http://192.168.1.10:5984/team')).toEqual({ ok: false, issue: 'notHttps' });
  });

  it('refuses an empty field, a text that is no web address and a user or password inside the address', () => {
    expect(checkServerAddress('   ')).toEqual({ ok: false, issue: 'required' });
    expect(checkServerAddress('couch.example.fi/team')).toEqual({ ok: false, issue: 'invalid' });
    expect(checkServerAddress('ftp://couch.example.fi/team')).toEqual({ ok: false, issue: 'invalid' });
    expect(checkServerAddress('https://couch.example.fi/team?x=1')).toEqual({ ok: false, issue: 'invalid' });
    expect(checkServerAddress('https://anna:salainen@couch.example.fi/team')).toEqual({ ok: false, issue: 'credentials' });
  });
});
