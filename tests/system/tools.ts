/**
 * The real clients this tier needs. A missing one fails the run with the Debian package that provides it: a silent
 * skip would let a broken .docx through as "green".
 */
import { execFileSync } from 'node:child_process';

export const TOOLS = [
  {
    cmd: 'soffice',
    pkg: 'libreoffice-writer-nogui',
    why: 'converts our .docx to PDF as a real word processor lays it out',
  },
  { cmd: 'pdfinfo', pkg: 'poppler-utils', why: 'page count and page size' },
  { cmd: 'pdftotext', pkg: 'poppler-utils', why: 'text with its layout (-layout)' },
  { cmd: 'pdffonts', pkg: 'poppler-utils', why: 'embedded fonts' },
  { cmd: 'pdftoppm', pkg: 'poppler-utils', why: 'page images to look at' },
  { cmd: 'fc-match', pkg: 'fontconfig', why: 'which font stands in for Times New Roman' },
] as const;

/** Faces metric-compatible with Times New Roman; any other substitute would change LibreOffice's line breaks. */
const TIMES_METRIC = /Times New Roman|Liberation Serif|Tinos/i;

function has(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Every problem found, as sentences naming what to install (empty when the machine is ready). */
export function missingTools(): string[] {
  const problems = TOOLS.filter((t) => !has(t.cmd)).map(
    (t) => `"${t.cmd}" not found (${t.why}): apt-get install -y --no-install-recommends ${t.pkg}`,
  );
  if (has('fc-match')) {
    const font = execFileSync('fc-match', ['Times New Roman'], { encoding: 'utf8' }).trim();
    if (!TIMES_METRIC.test(font)) {
      problems.push(
        `LibreOffice would set "Times New Roman" in ${font}, which has other metrics: apt-get install -y fonts-liberation2 (or fonts-croscore)`,
      );
    }
  }
  return problems;
}

export function requireTools(): void {
  const problems = missingTools();
  if (problems.length)
    throw new Error(`The system test tier cannot run on this machine:\n  - ${problems.join('\n  - ')}`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by vitest.system.config.ts only. */
    systemTier: boolean;
  }
}
