/**
 * One PDF from the pack's parts (pdf-lib), with "Trang 3/42" stamped at the foot of every page across the whole
 * pack, in the bundled Tinos (Vietnamese glyphs), subset so the pack carries only the glyphs it uses.
 */
import fs from 'node:fs';
import type { PDFDocument as PdfDoc } from 'pdf-lib';
import { tinosFiles } from '../../pdf/pdf';

type Listener = (value?: unknown) => void;
interface Subset {
  encode(): Uint8Array;
  encodeStream?: () => unknown;
}
interface Font {
  createSubset(): Subset;
}

/**
 * pdf-lib 1.17 was written against @pdf-lib/fontkit, whose subsets have `encodeStream()`; fontkit 2 (the one here,
 * pdfmake's) has `encode()`. This adapter gives pdf-lib the stream it reads (data, then end), from `encode()`.
 */
/** pdf-lib and fontkit, loaded when a pack is stamped (heavy; most processes never stamp a pack). */
const libs = async () => ({ ...(await import('pdf-lib')), fontkit: await import('fontkit') });

const fontkitFor = (fontkit: typeof import('fontkit')) => ({
  create(data: Uint8Array) {
    const font = fontkit.create(Buffer.from(data)) as Font;
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      subset.encodeStream = () => {
        const on: Record<string, Listener> = {};
        const stream = { on: (event: string, f: Listener) => ((on[event] = f), stream) };
        setImmediate(() => {
          try {
            on.data?.(subset.encode());
            on.end?.();
          } catch (err) {
            on.error?.(err);
          }
        });
        return stream;
      };
      return subset;
    };
    return font;
  },
});

export async function pageCount(pdf: Uint8Array): Promise<number> {
  const { PDFDocument } = await libs();
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}

/** The parts one after the other, then every page stamped "Trang n/N". */
export async function mergeAndStamp(parts: Uint8Array[], title: string): Promise<{ pdf: Buffer; pages: number }> {
  const { PDFDocument, rgb, fontkit } = await libs();
  const out: PdfDoc = await PDFDocument.create({ updateMetadata: false });
  for (const bytes of parts) {
    const src = await PDFDocument.load(bytes, { updateMetadata: false });
    for (const p of await out.copyPages(src, src.getPageIndices())) out.addPage(p);
  }
  out.registerFontkit(fontkitFor(fontkit) as never);
  const font = await out.embedFont(fs.readFileSync(tinosFiles().normal), { subset: true });
  const pages = out.getPages();
  const size = 10;
  pages.forEach((p, i) => {
    const text = `Trang ${i + 1}/${pages.length}`;
    const { x, width } = p.getCropBox();
    p.drawText(text, {
      x: x + (width - font.widthOfTextAtSize(text, size)) / 2,
      y: p.getCropBox().y + 18,
      size,
      font,
      color: rgb(0.25, 0.25, 0.25),
    });
  });
  out.setTitle(title);
  out.setCreator('UnionDesk');
  out.setProducer('UnionDesk');
  return { pdf: Buffer.from(await out.save()), pages: pages.length };
}
