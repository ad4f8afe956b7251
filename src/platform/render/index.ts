/**
 * Rendering helpers shared by the modules that produce files (the gazette PDF, 答复书 DOCX/PDF):
 * the CJK fonts for pdfkit, found with fontconfig.
 */
export { CjkFontMissing, findCjkFonts, type CjkFonts, type FontFace } from './pdf-fonts.js';
export { openCjkPdf } from './cjk-pdf.js';
