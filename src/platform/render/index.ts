/**
 * Rendering helpers shared by the modules that produce files (the gazette PDF, 答复书 and 年度报告 DOCX/PDF):
 * the CJK fonts for pdfkit, found with fontconfig, and the 公文 page (GB/T 9704) of DOCX and PDF output.
 */
export { CjkFontMissing, findCjkFonts, type CjkFonts, type FontFace } from './pdf-fonts.js';
export { openCjkPdf } from './cjk-pdf.js';
export { GONGWEN_DOCX_FONTS, GONGWEN_LAYOUT, MM_PT, PT_TWIP, signatureRightChars, type DocxFace } from './gongwen.js';
export { DOCX_TEXT_WIDTH_TWIP, type Docx, type DocxBodyOptions, type DocxCellOptions, type GongwenDocxOptions } from './gongwen-docx.js';
export { docxBody, docxCell, docxFirstLineIndent, docxFont, docxHeading1, docxHeading1Style, docxLines, docxRow, docxRun, docxTable, docxTitle, packGongwenDocx } from './gongwen-docx.js';
export { drawPdfSignature, openGongwenPdf, pdfLineGap, type GongwenPage } from './gongwen-pdf.js';
