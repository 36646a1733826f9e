/**
 * The one way the core makes a PDF: pdfmake with the bundled Tinos faces (Times New Roman metrics, full
 * Vietnamese), a private pdfmake instance, no network access and no file access beyond the four font files.
 */
import path from 'node:path';
import { resourcesDir } from '../paths';

/** The font family name documents use in pdfmake definitions. */
export const PDF_FONT = 'Tinos';

export function tinosFiles(dir: string = path.join(resourcesDir(), 'fonts')) {
  return {
    normal: path.join(dir, 'Tinos-Regular.ttf'),
    bold: path.join(dir, 'Tinos-Bold.ttf'),
    italics: path.join(dir, 'Tinos-Italic.ttf'),
    bolditalics: path.join(dir, 'Tinos-BoldItalic.ttf'),
  };
}

export async function renderPdf(docDefinition: unknown): Promise<Buffer> {
  const fonts = tinosFiles();
  const allowed = new Set(Object.values(fonts).map((f) => path.resolve(f)));
  // The package exports one shared instance; a private one keeps our fonts and policies from leaking into (or
  // being changed by) anything else that uses pdfmake.
  // Loaded when a PDF is made, not when the core starts: a process that only sends mail never pays for it.
  const pdfmake = (await import('pdfmake')).default;
  const pm = new pdfmake.constructor();
  pm.setFonts({ [PDF_FONT]: { ...fonts } });
  pm.setUrlAccessPolicy(() => false); // images are embedded data: URLs; nothing is fetched
  pm.setLocalAccessPolicy((p) => allowed.has(path.resolve(p))); // only the four font files
  return pm.createPdf(docDefinition as never).getBuffer();
}
