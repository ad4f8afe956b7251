/** What an attachment is, judged from its bytes (see detectFileType). */
export type FileType = 'pdf' | 'docx' | 'xlsx' | 'image' | 'text' | 'unknown';

/** The types an attachment may have; everything else is refused. */
export const ALLOWED_TYPES: readonly Exclude<FileType, 'unknown'>[] = Object.freeze(['pdf', 'docx', 'xlsx', 'image', 'text'] as const);

/** A length-preserving text transform, e.g. `(s) => maskPersonalInfo(s).text`. */
export type MaskBlock = (text: string) => string;
