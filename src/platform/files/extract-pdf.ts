import { AttachmentUnreadableError } from './errors.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

// Loaded on first use: pdf.js is large and only attachment uploads need it. In Node it runs
// its worker code in-process ("fake worker"), so no worker file needs configuring.
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** The parts of a pdf.js text item that line building reads. */
export interface Item {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

/** One page's text items joined into lines: a new line after `hasEOL` or when the baseline moves. */
export function pageText(items: Item[]): string {
  let out = '';
  let lastY: number | null = null;
  let lastHeight = 0;
  for (const item of items) {
    const y = item.transform[5];
    const tolerance = Math.max(1, Math.min(item.height || lastHeight, lastHeight || item.height) * 0.5);
    if (lastY !== null && item.str !== '' && Math.abs(y - lastY) > tolerance && !out.endsWith('\n')) out += '\n';
    out += item.str;
    if (item.hasEOL && out !== '' && !out.endsWith('\n')) out += '\n'; // repeated line-end marks make no blank lines
    if (item.str !== '') {
      lastY = y;
      lastHeight = item.height;
    }
  }
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n+$/, '');
}

/**
 * Text of a PDF, pages separated by a blank line. Runs pdf.js in-process without fonts,
 * eval or console warnings (verbosity 0). Parsing happens on the calling thread.
 *
 * @throws AttachmentUnreadableError (422) when the PDF is damaged or password-protected.
 */
export async function extractPdfText(buf: Buffer): Promise<{ text: string; pages: number }> {
  const lib = await loadPdfJs();
  const task = lib.getDocument({
    data: new Uint8Array(buf), // pdf.js transfers (detaches) what it is given; never the caller's buffer
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: lib.VerbosityLevel.ERRORS, // 0: no warnings on the console; failures arrive as exceptions
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.filter((i): i is Item & (typeof content.items)[number] => 'str' in i)));
      page.cleanup();
    }
    return { text: pages.join('\n\n'), pages: doc.numPages };
  } catch (err) {
    const encrypted = err instanceof Error && err.name === 'PasswordException';
    throw new AttachmentUnreadableError('pdf', encrypted ? 'encrypted' : 'corrupt', err);
  } finally {
    await task.destroy();
  }
}
