import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeSignedEnvelope, signedContent } from './signed-envelope';

const FIXTURES = join(__dirname, '../../../test/fixtures');
const xml = readFileSync(join(FIXTURES, 'invoices/it-fatturapa.xml'));

describe('signedContent', () => {
  it('opens a DER envelope, a streamed BER one (content in chunks) and base64 text of either', () => {
    const der = readFileSync(join(FIXTURES, 'invoices/it-fatturapa.xml.p7m'));
    const ber = readFileSync(join(FIXTURES, 'signed/it-fatturapa-streamed.xml.p7m'));
    for (const envelope of [der, ber, Buffer.from(der.toString('base64').replace(/(.{76})/g, '$1\r\n')), Buffer.from(ber.toString('base64'))]) {
      expect(looksLikeSignedEnvelope(envelope)).toBe(true);
      expect(signedContent(envelope)?.equals(xml)).toBe(true);
    }
  });

  it('opens a signed PDF', () => {
    const content = signedContent(readFileSync(join(FIXTURES, 'invoices/it-fattura.pdf.p7m')));
    expect(content?.equals(readFileSync(join(FIXTURES, 'invoices/it-fattura.pdf')))).toBe(true);
  });

  it('answers null for a detached signature, a truncated envelope and bytes that are no envelope', () => {
    expect(signedContent(readFileSync(join(FIXTURES, 'signed/detached.p7s')))).toBeNull();
    const der = readFileSync(join(FIXTURES, 'invoices/it-fatturapa.xml.p7m'));
    for (const cut of [10, 100, 1000, der.length - 1]) expect(signedContent(der.subarray(0, cut))).toBeNull();
    expect(signedContent(xml)).toBeNull();
    expect(looksLikeSignedEnvelope(xml)).toBe(false);
    expect(signedContent(Buffer.from([0x30, 0x80, 0x30, 0x80, 0x30, 0x80]))).toBeNull();
    expect(signedContent(Buffer.from('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'))).toBeNull();
  });
});
