/**
 * The CJK faces every PDF of the platform is set in (公报, 答复书 …), found with fontconfig at run time.
 * Domain-free: modules pass the result to their own pdfkit renderers.
 */
import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { promisify } from 'node:util';
import { AppError } from '../errors/index.js';

const run = promisify(execFile);

/** A face inside a font file (TTC collections hold several: pick it by PostScript name). */
export interface FontFace {
  file: string;
  postscriptName: string;
}

export interface CjkFonts {
  /** Body text: Noto Serif CJK SC, the nearest free font to the 宋体 look of official documents. */
  serif: FontFace;
  /** Headings: Noto Sans CJK SC Bold (黑体-like). */
  sansBold: FontFace;
}

/** 503: the server cannot render Chinese into a PDF (the font package is missing). */
export class CjkFontMissing extends AppError {
  constructor(missing: string) {
    super({
      code: 'PDF_FONT_MISSING',
      status: 503,
      title: '无法生成 PDF',
      detail: `服务器未找到中文字体“${missing}”，无法生成 PDF 文件。请在服务器上安装字体软件包 fonts-noto-cjk（例如 apt-get install fonts-noto-cjk）后重试。`,
    });
  }
}

const WANTED = { serif: { family: 'Noto Serif CJK SC', style: 'Regular' }, sansBold: { family: 'Noto Sans CJK SC', style: 'Bold' } } as const;

/** Asks fontconfig; it falls back to any font (DejaVu …) when the family is absent, so the answer is checked. */
async function match(fcMatch: string, family: string, style: string): Promise<FontFace> {
  let out: string;
  try {
    ({ stdout: out } = await run(fcMatch, ['-f', '%{file}|%{family}|%{postscriptname}', `${family}:style=${style}`], { timeout: 10_000 }));
  } catch {
    throw new CjkFontMissing(`${family} ${style}`); // no fontconfig at all
  }
  const [file = '', families = '', postscriptName = ''] = out.trim().split('|');
  if (!file || !families.split(',').includes(family) || !postscriptName) throw new CjkFontMissing(`${family} ${style}`);
  try {
    await access(file);
  } catch {
    throw new CjkFontMissing(`${family} ${style}`);
  }
  return { file, postscriptName };
}

let cached: Promise<CjkFonts> | null = null;

/**
 * Finds the CJK fonts at run time (`fc-match`), never by a hard-coded path; remembered once found.
 * @throws CjkFontMissing naming the package to install
 */
export function findCjkFonts(opts: { fcMatch?: string } = {}): Promise<CjkFonts> {
  const fcMatch = opts.fcMatch ?? 'fc-match';
  const lookup = async (): Promise<CjkFonts> => ({
    serif: await match(fcMatch, WANTED.serif.family, WANTED.serif.style),
    sansBold: await match(fcMatch, WANTED.sansBold.family, WANTED.sansBold.style),
  });
  if (opts.fcMatch) return lookup(); // a test's own command: not cached
  cached ??= lookup().catch((err: unknown) => {
    cached = null; // the package may be installed later without a restart
    throw err;
  });
  return cached;
}
