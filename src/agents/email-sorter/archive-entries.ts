/**
 * The file names inside a ZIP archive, read from its central directory (nothing is unpacked):
 * enough to see an "invoice.pdf.js" hidden in "Rechnung.zip". Empty for anything that is not
 * a readable ZIP. At most `limit` names.
 */
export function zipEntryNames(data: Buffer, limit = 50): string[] {
  // the end-of-central-directory record sits in the last 64 KiB + 22 bytes
  const from = Math.max(0, data.length - 65_557);
  let end = -1;
  for (let i = data.length - 22; i >= from; i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let k = 0; k < count && names.length < limit; k++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) break;
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    if (at + 46 + nameLength > data.length) break;
    names.push(data.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
