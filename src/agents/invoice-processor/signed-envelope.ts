/**
 * Signed files (CAdES / PKCS#7 "…​.p7m", as Italian e-invoices and signed PDFs travel): the
 * signed content of a CMS SignedData envelope, read with a small bounded ASN.1 walker. DER and
 * BER (indefinite lengths, content split into chunks) are both read, and base64 text of either.
 * The signature is not verified: the content is what the sender signed, read for its values.
 */

/** 1.2.840.113549.1.7.2 (signedData), as encoded in an OBJECT IDENTIFIER. */
const SIGNED_DATA_OID = Buffer.from([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02]);
const MAX_DEPTH = 12;
const MAX_CHUNKS = 100_000;

interface Tlv {
  tag: number;
  constructed: boolean;
  /** content start and end (for an indefinite length, the end is before its end-of-contents) */
  start: number;
  end: number;
  /** where the next element starts */
  next: number;
}

class Asn1Error extends Error {}

function readTlv(buf: Buffer, pos: number, limit: number, depth = 0): Tlv {
  if (depth > MAX_DEPTH) throw new Asn1Error('nested too deeply');
  if (pos + 2 > limit) throw new Asn1Error('truncated');
  const first = buf[pos];
  if ((first & 0x1f) === 0x1f) throw new Asn1Error('high tag numbers are not used in CMS envelopes');
  const constructed = (first & 0x20) !== 0;
  let at = pos + 1;
  const lengthByte = buf[at++];
  if (lengthByte === 0x80) {
    if (!constructed) throw new Asn1Error('indefinite length on a primitive');
    // indefinite: children up to the end-of-contents octets
    let child = at;
    for (;;) {
      if (child + 2 > limit) throw new Asn1Error('missing end-of-contents');
      if (buf[child] === 0 && buf[child + 1] === 0) return { tag: first, constructed, start: at, end: child, next: child + 2 };
      child = readTlv(buf, child, limit, depth + 1).next;
    }
  }
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    if (count > 4 || at + count > limit) throw new Asn1Error('bad length');
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + buf[at++];
  }
  if (at + length > limit) throw new Asn1Error('truncated');
  return { tag: first, constructed, start: at, end: at + length, next: at + length };
}

function children(buf: Buffer, node: Tlv, depth: number): Tlv[] {
  const out: Tlv[] = [];
  for (let pos = node.start; pos < node.end; ) {
    const child = readTlv(buf, pos, node.end, depth + 1);
    out.push(child);
    pos = child.next;
  }
  return out;
}

/** An OCTET STRING's bytes, its chunks joined when it is constructed (BER). */
function octets(buf: Buffer, node: Tlv, depth: number, into: Buffer[]): void {
  if (depth > MAX_DEPTH || into.length > MAX_CHUNKS) throw new Asn1Error('too many chunks');
  if ((node.tag & 0x1f) !== 0x04) throw new Asn1Error('content is not an OCTET STRING');
  if (!node.constructed) into.push(buf.subarray(node.start, node.end));
  else for (const chunk of children(buf, node, depth)) octets(buf, chunk, depth + 1, into);
}

function envelopeBytes(buf: Buffer): Buffer | null {
  if (buf[0] === 0x30) return buf;
  const head = buf.subarray(0, 64).toString('latin1');
  if (!/^\s*MI[A-Za-z0-9+/]/.test(head)) return null;
  const textual = buf.toString('latin1');
  if (!/^[A-Za-z0-9+/=\s]+$/.test(textual)) return null;
  const decoded = Buffer.from(textual.replace(/\s+/g, ''), 'base64');
  return decoded[0] === 0x30 ? decoded : null;
}

/** True when the bytes (or base64 text) look like a CMS SignedData envelope. */
export function looksLikeSignedEnvelope(buf: Buffer): boolean {
  const bytes = envelopeBytes(buf.subarray(0, 200));
  return Boolean(bytes && bytes.subarray(0, 40).includes(SIGNED_DATA_OID));
}

/** The signed content, or null when the bytes are not a SignedData envelope with its content inside (a detached signature). */
export function signedContent(input: Buffer): Buffer | null {
  const buf = envelopeBytes(input);
  if (!buf) return null;
  try {
    const root = readTlv(buf, 0, buf.length);
    const [type, explicit] = children(buf, root, 0);
    if (!type || !explicit || (type.tag & 0x1f) !== 0x06 || !buf.subarray(type.start, type.end).equals(SIGNED_DATA_OID)) return null;
    const [signedData] = children(buf, explicit, 1);
    // version, digestAlgorithms, encapContentInfo, …
    const encapsulated = children(buf, signedData, 2)[2];
    if (!encapsulated) return null;
    const [, content] = children(buf, encapsulated, 3);
    if (!content) return null; // detached signature: the content travels separately
    const [value] = children(buf, content, 4);
    if (!value) return null;
    const parts: Buffer[] = [];
    octets(buf, value, 5, parts);
    return Buffer.concat(parts);
  } catch (error) {
    if (error instanceof Asn1Error) return null;
    throw error;
  }
}
