// Covers the test helpers in ./support.ts, so the "no plaintext on disk" and "identical row" checks can really fail.
import { describe, expect, it } from 'vitest';
import { comparable, inspectStored } from './support';

describe('test support', () => {
  it('inspectStored reveals text hidden in byte buffers, as a disk reader would see it', () => {
    const bytes = new TextEncoder().encode('Tuuli Häme');
    expect(inspectStored({ payload: { iv: new Uint8Array(12), data: bytes.buffer } })).toContain('Tuuli Häme');
    expect(inspectStored({ payload: { data: bytes } })).toContain('Tuuli Häme');
    expect(inspectStored({ code: 'KXR-482' })).toContain('KXR-482');
  });

  it('comparable makes buffers with different content unequal', () => {
    expect(comparable({ b: new Uint8Array([1, 2]).buffer })).not.toEqual(comparable({ b: new Uint8Array([1, 3]).buffer }));
    expect(comparable({ b: new Uint8Array([1, 2]) })).toEqual(comparable({ b: new Uint8Array([1, 2]) }));
    expect(comparable({ b: new Uint8Array([1, 2]) })).not.toEqual(comparable({ b: new Uint8Array([1, 2]).buffer }));
  });
});
