/**
 * Thin wrappers over the real clients: LibreOffice (docx → pdf) and poppler (pdfinfo, pdftotext, pdffonts, pdftoppm).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function tool(cmd: string, args: string[], timeout = 60_000): Promise<string> {
  const { stdout } = await run(cmd, args, { timeout, maxBuffer: 32 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

/**
 * `soffice --headless --convert-to pdf` with a profile of its own: concurrent or stale profiles make LibreOffice
 * exit 0 without writing anything, so the output's existence is checked, not the exit code.
 */
export async function libreOfficeToPdf(docx: string, outDir: string): Promise<string> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ud-lo-profile-'));
  try {
    const { stdout, stderr } = await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        docx,
      ],
      { timeout: 150_000, encoding: 'utf8' },
    );
    const out = path.join(outDir, `${path.basename(docx, path.extname(docx))}.pdf`);
    if (!existsSync(out)) throw new Error(`LibreOffice wrote no PDF for ${docx}\n${stdout}\n${stderr}`);
    return out;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export interface PdfInfo {
  pages: number;
  width: number;
  height: number;
  /** pdfinfo's own paper name, e.g. "A4". */
  paper: string;
}

export async function pdfInfo(pdf: string): Promise<PdfInfo> {
  const out = await tool('pdfinfo', [pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/m.exec(out);
  if (!pages || !size) throw new Error(`pdfinfo could not read ${pdf}:\n${out}`);
  return { pages, width: Number(size[1]), height: Number(size[2]), paper: size[3] ?? '' };
}

/** `pdftotext -layout`, one string per page (pages are separated by form feeds). */
export async function pdfLayoutText(pdf: string): Promise<string[]> {
  const out = await tool('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-']);
  return out.split('\f').slice(0, -1);
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

/** `pdffonts`: the fixed-width table after the two header lines; the columns after the name are single words. */
export async function pdfFonts(pdf: string): Promise<PdfFont[]> {
  const lines = (await tool('pdffonts', [pdf]))
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name, type words…, encoding, emb, sub, uni, object, ID
    const [emb, sub] = cols.slice(-5, -3);
    return { name: cols[0], type: cols.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes' };
  });
}

/** First page as a PNG (for a person to look at), at a low resolution. */
export async function pageToPng(pdf: string, outPrefix: string, page = 1, dpi = 60): Promise<string> {
  await tool('pdftoppm', [
    '-r',
    String(dpi),
    '-png',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    outPrefix,
  ]);
  return `${outPrefix}.png`;
}
