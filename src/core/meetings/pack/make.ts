/**
 * The work of a `meetings.pack` job: the parts are rendered one by one, each stored with its
 * checkpoint in one transaction (store.ts), progress reported per part; then the cover and the table of contents
 * are made, everything merged into one PDF with page numbers across it, and the .docx parts zipped.
 *
 * A resumed job plans the pack again from the record and keeps a stored part only where the plan still has the
 * same title at the same place: an attachment added or removed meanwhile shifts the parts after it, which are
 * rendered again. A part kept under the same title stays as it was first rendered (the pack is of the meeting as
 * it was when the job started, like a printout begun before the edit).
 */
import { zipSync, type Zippable } from 'fflate';
import type { Knex } from 'knex';
import type { MeetingPack } from '../../../shared/meetings-contract';
import { deliver, MIME_PDF } from '../../deliver';
import type { JobContext } from '../../jobs/kinds';
import { readMeetingFile } from '../files';
import { slug } from '../invitations';
import { packPlan, type PackPlan, type RenderedPart } from './parts';
import { renderPdf } from '../../pdf/pdf';
import { coverDefinition, tocDefinition, type TocLine } from './pdf-parts';
import { mergeAndStamp, pageCount } from './stamp';
import { clearParts, savePart, storedParts } from './store';

/** Already compressed: stored as they are (deflating them again costs time and saves nothing). */
const STORED = /\.(docx|xlsx|pptx|pdf|zip|jpe?g|png|gif|webp|mp4|mp3)$/i;

/** The table of contents' lines, its own length found by rendering it (a long pack may need two pages). */
async function contents(parts: { title: string; pages: number }[]): Promise<{ lines: TocLine[]; pdf: Buffer }> {
  let tocPages = 1;
  for (;;) {
    let page = 2 + tocPages; // after the cover and the contents
    const lines = parts.map((p) => {
      const line = { title: p.title, firstPage: page };
      page += p.pages;
      return line;
    });
    const pdf = await renderPdf(tocDefinition(lines));
    const n = await pageCount(pdf);
    if (n <= tocPages) return { lines, pdf };
    tocPages = n;
  }
}

async function assemble(db: Knex, plan: PackPlan, rendered: RenderedPart[]): Promise<MeetingPack> {
  const m = plan.meeting;
  const inPdf = rendered
    .map((r, i) => ({ title: plan.parts[i].title, pdf: r.pdf, pages: r.pages }))
    .filter((p): p is { title: string; pdf: Buffer; pages: number } => p.pdf !== null && p.pages > 0);
  const toc = await contents(inPdf);
  const cover = await renderPdf(coverDefinition(m, plan.union));
  const merged = await mergeAndStamp([cover, toc.pdf, ...inPdf.map((p) => p.pdf)], `Tài liệu cuộc họp: ${m.title}`);
  const zip: Zippable = {};
  for (const entry of rendered.flatMap((r) => r.zip)) {
    const bytes =
      'fileId' in entry ? (await readMeetingFile(db, m.id, entry.fileId)).bytes : Buffer.from(entry.base64, 'base64');
    zip[entry.name] = [new Uint8Array(bytes), { level: STORED.test(entry.name) ? 0 : 6 }];
  }
  const name = `tai-lieu-hop-${slug(m.title)}-${m.startsAt.slice(0, 10)}`;
  return {
    pdf: deliver(`${name}.pdf`, MIME_PDF, merged.pdf),
    zip: deliver(`${name}.zip`, 'application/zip', zipSync(zip, { mtime: new Date('2026-01-01T00:00:00Z') })),
    pages: merged.pages,
    parts: toc.lines.map((l, i) => ({ ...l, pages: inPdf[i].pages })),
  };
}

export async function makePack(id: string, job: JobContext): Promise<MeetingPack> {
  const plan = await packPlan(job.session, id);
  const total = plan.parts.length + 1; // the last step: cover, contents, merge, zip
  const kept = await storedParts(job.session.db, job.jobId);
  const rendered: RenderedPart[] = [];
  try {
    for (const [i, spec] of plan.parts.entries()) {
      const stored = kept.get(i);
      if (stored && stored.title === spec.title) {
        rendered.push(stored);
        continue;
      }
      const part = await spec.render();
      rendered.push(part);
      job.progress(i + 1, total);
      await job.exclusive(() =>
        job.session.db.transaction(async (trx) => {
          await savePart(trx, job.session.record, job.jobId, i, spec.title, part);
          await job.checkpoint({ parts: i + 1 }, trx);
        }),
      );
    }
    return await assemble(job.session.db, plan, rendered);
  } finally {
    // Not when the vault was locked meanwhile (no session): the next pack clears what this one left.
    await clearPartsIfOpen(job);
  }
}

async function clearPartsIfOpen(job: JobContext): Promise<void> {
  let db: Knex;
  try {
    db = job.session.db;
  } catch {
    return;
  }
  await job.exclusive(() => clearParts(db, job.jobId)).catch(() => undefined);
}
