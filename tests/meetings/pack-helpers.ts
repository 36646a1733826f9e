/**
 * A meeting with everything a pack holds (agenda, invitees, a register document, a PDF file, a text file, motions)
 * on the small register of helpers.ts, a test-only command that renders each pack part alone, and readers.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { z } from 'zod';
import { defineModule } from '../../src/core/module';
import { packPlan } from '../../src/core/meetings/pack/parts';
import type { MeetingPack } from '../../src/shared/meetings-contract';
import { call, type Register } from './helpers';

const run = promisify(execFile);

/** Test-only: each part of the pack rendered alone, with its title and page count (pdf-lib); parts left stored. */
export const packPartsProbe = defineModule({
  name: 'pack-probe',
  contract: {
    commands: {
      'probe.packParts': {
        input: z.object({ id: z.string() }).strict(),
        output: z.array(z.object({ title: z.string(), pages: z.number().int() })),
      },
      'probe.packPartsLeft': { input: z.object({}).strict(), output: z.number().int() },
    },
  },
  commands: {
    'probe.packParts': {
      mode: 'read',
      async handler({ id }, ctx) {
        const plan = await packPlan(ctx.session(), id);
        const out = [];
        for (const spec of plan.parts) {
          const part = await spec.render();
          const pages = part.pdf ? (await PDFDocument.load(part.pdf)).getPageCount() : 0;
          out.push({ title: spec.title, pages });
        }
        return out;
      },
    },
    'probe.packPartsLeft': {
      mode: 'read',
      async handler(_input, ctx) {
        const [row] = (await ctx.session().db('meeting_pack_parts').count({ n: '*' })) as { n: number }[];
        return Number(row.n);
      },
    },
  },
});

/** A PDF of `pages` pages, each saying which page it is (what an agenda item's attached PDF stands for). */
export async function samplePdf(pages: number, label = 'Tài lieu dinh kem'): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage().drawText(`${label} trang ${i}`, { x: 60, y: 700, size: 14, font });
  return Buffer.from(await doc.save());
}

export const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');

export interface PackMeeting {
  id: string;
  documentId: string;
  pdfFileId: string;
  textFileId: string;
}

/** A BCH meeting convening the BCH and a group, a guest, two agenda items with three attachments, two motions. */
/** The profile every official paper needs (upper level, place, the chair who signs). */
export async function packOrg(core: Register['core']): Promise<void> {
  await call(core, 'org.update', {
    name: 'Công đoàn cơ sở Công ty Thử Nghiệm',
    upperLevelName: 'Liên đoàn Lao động phường Bến Thành',
    chairName: 'Nguyễn Văn An',
    place: 'TP. Hồ Chí Minh',
  });
}

export async function packMeeting(r: Register): Promise<PackMeeting> {
  await packOrg(r.core);
  const report = await call(r.core, 'docs.create', {
    markdown: [
      '---',
      'type: BC',
      'summary: Kết quả hoạt động quý I',
      '---',
      'Quý I công đoàn đã tổ chức 3 hoạt động.',
    ].join('\n'),
  });
  const { id } = await call(r.core, 'meetings.create', {
    kind: 'bch',
    title: 'Họp Ban Chấp hành tháng 3',
    startsAt: '2026-03-10T08:00',
    endsAt: '2026-03-10T10:30',
    place: 'Phòng họp tầng 2',
    chair: { memberId: r.ids['Nguyễn Văn An'] },
    secretary: { memberId: r.ids['Lê Văn Cường'] },
    invitees: [{ bch: true }, { unit: 'Tổ cắt' }, { name: 'Ông Khách Mời', organisation: 'LĐLĐ phường' }],
    motions: [
      { text: 'Thông qua kế hoạch tổ chức Tháng Công nhân', for: 3, against: 0 },
      { text: 'Thông qua mức hỗ trợ đoàn viên ốm đau', for: 2, against: 1 },
    ],
  });
  const pdf = await call(r.core, 'meetings.addFile', {
    id,
    fileName: 'Dự toán kinh phí.pdf',
    mime: 'application/pdf',
    base64: b64(await samplePdf(2)),
  });
  const text = await call(r.core, 'meetings.addFile', {
    id,
    fileName: 'Ghi chú.txt',
    mime: 'text/plain',
    base64: b64('Ghi chú cho cuộc họp'),
  });
  await call(r.core, 'meetings.update', {
    id,
    agenda: [
      {
        title: 'Báo cáo kết quả quý I',
        presenter: 'Nguyễn Văn An',
        time: '08:15',
        attachments: [{ documentId: report.doc.id }, { fileId: text.fileId }],
      },
      { title: 'Dự toán Tháng Công nhân', time: '09:00', attachments: [{ fileId: pdf.fileId }] },
    ],
  });
  return { id, documentId: report.doc.id, pdfFileId: pdf.fileId, textFileId: text.fileId };
}

export async function runPack(core: Register['core'], id: string): Promise<MeetingPack> {
  const { jobId } = await call(core, 'meetings.pack', { id });
  const job = await call(core, 'jobs.wait', { jobId });
  if (job.state !== 'done') throw new Error(`pack job ${job.state}: ${JSON.stringify(job.error)}`);
  return job.result as MeetingPack;
}

/** pdftotext (poppler) of the whole PDF, or of pages first..last; `layout` keeps a table's rows on their lines. */
export async function pdfText(pdf: Buffer, first?: number, last?: number, layout = false): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ud-pack-'));
  try {
    const file = path.join(dir, 'p.pdf');
    writeFileSync(file, pdf);
    const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
    const { stdout } = await run('pdftotext', [...range, ...(layout ? ['-layout'] : []), file, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout.normalize('NFC');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
