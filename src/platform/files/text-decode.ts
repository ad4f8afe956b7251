/** How a plain-text attachment was encoded, so a masked copy can be written back alike. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  bom: boolean;
}

const REPLACEMENT = /\uFFFD/g;
const count = (s: string) => s.match(REPLACEMENT)?.length ?? 0;

/**
 * Decodes a plain-text attachment: a UTF-16 byte-order mark wins; otherwise UTF-8, falling
 * back to GB18030 (a superset of GBK/GB2312, what Chinese Windows writes) when the UTF-8
 * reading has replacement characters and the GB18030 one has fewer.
 */
export function decodeText(buf: Buffer): DecodedText {
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf), encoding: 'utf-16le', bom: true };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf), encoding: 'utf-16be', bom: true };
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const utf8 = new TextDecoder('utf-8').decode(buf); // drops the BOM
  const bad = count(utf8);
  if (bad === 0 || bom) return { text: utf8, encoding: 'utf-8', bom };
  const gb = new TextDecoder('gb18030').decode(buf);
  return count(gb) < bad ? { text: gb, encoding: 'gb18030', bom: false } : { text: utf8, encoding: 'utf-8', bom: false };
}

/**
 * Encodes text the way {@link decodeText} found it. GB18030 has no encoder in Node, so
 * such text is written as UTF-8 with a byte-order mark (which Windows editors recognise).
 */
export function encodeText(text: string, like: Omit<DecodedText, 'text'>): Buffer {
  if (like.encoding === 'utf-16le' || like.encoding === 'utf-16be') {
    const le = Buffer.from(text, 'utf16le');
    if (like.encoding === 'utf-16be') le.swap16();
    return Buffer.concat([Buffer.from(like.encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
  }
  const body = Buffer.from(text, 'utf8');
  return like.bom || like.encoding === 'gb18030' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}
