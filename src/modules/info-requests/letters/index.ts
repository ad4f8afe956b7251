/**
 * 答复书 and 告知书 of 依申请公开: a default template per result code (the rows of table 三 of the annual
 * report) with its legal basis, the letter filled in from a template, and the letter as DOCX or PDF in the
 * 公文 page of `platform/render` (GB/T 9704). The PDF needs the CJK fonts found by `findCjkFonts` there.
 */
export {
  DEFAULT_REPLY_TEMPLATES,
  REPLY_GROUPS,
  RESERVED_KEYS,
  defaultReplyTemplate,
  remedyText,
  type ReplyField,
  type ReplyGroup,
  type ReplyTemplate,
} from './reply-types.js';
export {
  LetterFieldInvalid,
  LetterFieldMissing,
  LetterTemplateInvalid,
  buildLetter,
  checkTemplate,
  chineseDate,
  type LetterInput,
  type LetterModel,
} from './letter-model.js';
export { renderLetterDocx } from './letter-docx.js';
export { renderLetterPdf } from './letter-pdf.js';
