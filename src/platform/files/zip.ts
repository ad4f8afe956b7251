// Reads the names in a ZIP's central directory without inflating anything, so file-type
// detection stays synchronous and cheap. Not a ZIP reader: extraction uses jszip.

const EOCD = 0x06054b50; // end of central directory record
const CDFH = 0x02014b50; // central directory file header
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

/**
 * The entry names of a ZIP archive, or null when `buf` has no readable central directory
 * (not a ZIP, truncated, or damaged). ZIP64 archives (over 65,535 entries or 4 GB) give null.
 */
export function zipEntryNames(buf: Buffer): string[] | null {
  if (buf.length < EOCD_MIN) return null;
  const stop = Math.max(0, buf.length - EOCD_MIN - MAX_COMMENT);
  for (let at = buf.length - EOCD_MIN; at >= stop; at--) {
    if (buf.readUInt32LE(at) !== EOCD) continue;
    const count = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 12);
    const offset = buf.readUInt32LE(at + 16);
    if (offset + size > at) continue; // a signature inside the comment, or a damaged record
    return readDirectory(buf, offset, offset + size, count);
  }
  return null;
}

function readDirectory(buf: Buffer, start: number, end: number, count: number): string[] | null {
  const names: string[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || buf.readUInt32LE(at) !== CDFH) return null;
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    if (at + 46 + nameLength > end) return null;
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
