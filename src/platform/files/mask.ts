import { UnsupportedAttachmentTypeError } from './errors.js';
import { maskDocx, maskXlsx } from './mask-office.js';
import { decodeText, encodeText } from './text-decode.js';
import type { FileType, MaskBlock } from './types.js';

/**
 * A masked copy of an attachment (去标识化), produced where the format allows: plain text
 * (the whole text transformed; GB18030 input comes back as UTF-8 with a BOM), DOCX and
 * XLSX (their XML text rewritten in place, formatting kept). PDF and images give `null`:
 * their text cannot be rewritten reliably, so the editor must upload a masked file.
 * `maskBlock` must keep the length, e.g. `(s) => maskPersonalInfo(s).text`.
 *
 * @throws AttachmentUnreadableError (422) when a DOCX/XLSX cannot be opened.
 * @throws UnsupportedAttachmentTypeError (415) for type `unknown`.
 * @throws Error when `maskBlock` changes the length (a programming error).
 * @example const masked = await maskFile(buf, 'docx', (s) => maskPersonalInfo(s).text);
 */
export async function maskFile(buf: Buffer, type: FileType, maskBlock: MaskBlock): Promise<Buffer | null> {
  switch (type) {
    case 'pdf':
    case 'image':
      return null;
    case 'unknown':
      throw new UnsupportedAttachmentTypeError();
    case 'text': {
      if (buf.length === 0) return Buffer.alloc(0);
      const decoded = decodeText(buf);
      const masked = maskBlock(decoded.text);
      if (masked.length !== decoded.text.length) {
        throw new Error(`maskBlock must keep the length (got ${masked.length} characters for ${decoded.text.length})`);
      }
      return masked === decoded.text ? Buffer.from(buf) : encodeText(masked, decoded);
    }
    case 'docx':
      return maskDocx(buf, maskBlock);
    case 'xlsx':
      return maskXlsx(buf, maskBlock);
  }
}
