/**
 * Meetings: the offline pack of a meeting convening 300 members with 5 attached register documents, made by the
 * `meetings.pack` job (every part's PDF and .docx, cover, contents, merge, page numbers, zip), beside raw pdfmake
 * rendering the same parts' PDFs from their definitions made beforehand (no .docx, no merge, no stamping, no zip).
 */
import { z } from 'zod';
import { createCore } from '../../src/core';
import { defineModule } from '../../src/core/module';
import { packPlan } from '../../src/core/meetings/pack/parts';
import { coverDefinition, tocDefinition } from '../../src/core/meetings/pack/pdf-parts';
import { renderPdf } from '../../src/core/pdf/pdf';
import { FAST_KDF } from '../../src/core/vault/crypto';
import { makeMembers } from './members-data';
import { median, round, timeIt, tmp, type Suite } from './util';

const INVITEES = 300;
const DOCUMENTS = 5;

/** Bench-only: the pack's parts rendered by pdfmake alone, their definitions made before the clock starts. */
const rawPack = defineModule({
  name: 'bench-pack',
  contract: {
    commands: {
      'bench.rawPack': {
        input: z.object({ id: z.string() }).strict(),
        output: z.object({ ms: z.number(), parts: z.number().int() }),
      },
    },
  },
  commands: {
    'bench.rawPack': {
      mode: 'read',
      async handler({ id }, ctx) {
        const plan = await packPlan(ctx.session(), id);
        const defs = [coverDefinition(plan.meeting, plan.union), tocDefinition([])];
        for (const p of plan.parts) if (p.pdfDefinition) defs.push(await p.pdfDefinition());
        const each: number[] = [];
        const ms = await timeIt(async () => {
          for (const d of defs) each.push(await timeIt(() => renderPdf(d)));
        });
        // UD_BENCH_PARTS=1: each part's time on stderr (the sign-in sheet's QR codes are most of it).
        if (process.env.UD_BENCH_PARTS) process.stderr.write(`raw parts ms: ${each.map((x) => Math.round(x))}\n`);
        return { ms, parts: defs.length };
      },
    },
  },
});

type Core = Awaited<ReturnType<typeof createCore>>;
async function call(core: Core, name: string, input: unknown = {}): Promise<any> {
  const r = (await core.invoke(name, input)) as any;
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** A report of about three pages: what an agenda item's paper looks like. */
const report = (n: number) =>
  [
    '---',
    'type: BC',
    `summary: Báo cáo chuyên đề số ${n}`,
    '---',
    ...Array.from(
      { length: 30 },
      (_, i) =>
        `${i + 1}. Trong quý, công đoàn cơ sở đã phối hợp với người sử dụng lao động tổ chức các hoạt động chăm lo ` +
        'đời sống đoàn viên, thăm hỏi đoàn viên ốm đau, tổ chức phong trào thi đua lao động giỏi và văn hoá thể thao.\n',
    ),
  ].join('\n');

async function setUp(): Promise<{ core: Core; id: string }> {
  const core = await createCore({ dataDir: tmp(), kdf: FAST_KDF, modules: [rawPack] });
  await call(core, 'vault.create', { passphrase: 'mật khẩu đo thời gian' });
  await call(core, 'org.update', {
    name: 'CĐCS Công ty Đo Thời Gian',
    upperLevelName: 'LĐLĐ phường Bến Thành',
    place: 'TP. Hồ Chí Minh',
    chairName: 'Nguyễn Văn An',
  });
  const rows = makeMembers(INVITEES, 9).map((m) => `${m.fullName},${m.idNumber},${m.unit},${m.cardNumber}`);
  const started = await call(core, 'members.importData', {
    fileName: 'ds.csv',
    base64: Buffer.from(['Họ và tên,Số CCCD,Tổ công đoàn,Số thẻ đoàn viên', ...rows].join('\n')).toString('base64'),
    dryRun: false,
  });
  const imported = await call(core, 'jobs.wait', started);
  if (imported.state !== 'done') throw new Error(JSON.stringify(imported.error));
  const units = ((await call(core, 'units.list')) as { name: string }[]).map((u) => ({ unit: u.name }));
  const docs = [];
  for (let i = 1; i <= DOCUMENTS; i++) docs.push((await call(core, 'docs.create', { markdown: report(i) })).doc.id);
  const { id } = await call(core, 'meetings.create', {
    kind: 'workers-conference',
    title: 'Hội nghị người lao động năm 2026',
    startsAt: '2026-01-20T08:00',
    endsAt: '2026-01-20T11:30',
    place: 'Hội trường công ty',
    invitees: [...units, { name: 'Đại diện LĐLĐ phường', organisation: 'LĐLĐ phường Bến Thành' }],
    agenda: docs.map((documentId, i) => ({ title: `Nội dung ${i + 1}`, attachments: [{ documentId }] })),
    motions: [1, 2, 3].map((n) => ({ text: `Thông qua nội dung ${n}`, for: 250, against: 10 })),
  });
  return { core, id };
}

export const meetingsBench: Suite = async () => {
  const { core, id } = await setUp();
  const pack = async () => {
    const job = await call(core, 'jobs.wait', await call(core, 'meetings.pack', { id }));
    if (job.state !== 'done') throw new Error(JSON.stringify(job.error));
    return job.result as { pages: number; parts: unknown[]; pdf: { base64: string }; zip: { base64: string } };
  };
  let last = await pack(); // warm: fonts parsed, renderers compiled
  await call(core, 'bench.rawPack', { id });
  const ours: number[] = [];
  const raw: number[] = [];
  // In alternation, the order flipping each round, as in documents.bench.ts.
  for (let i = 0; i < 5; i++) {
    const timeOurs = async () => void ours.push(await timeIt(async () => (last = await pack())));
    const timeRaw = async () => void raw.push((await call(core, 'bench.rawPack', { id })).ms);
    for (const step of i % 2 ? [timeRaw, timeOurs] : [timeOurs, timeRaw]) await step();
  }
  await core.close();
  return {
    pack_300_invitees_5_documents: {
      invitees: INVITEES,
      documents: DOCUMENTS,
      pages: last.pages,
      parts: last.parts.length,
      pdf_bytes: Buffer.from(last.pdf.base64, 'base64').length,
      zip_bytes: Buffer.from(last.zip.base64, 'base64').length,
      uniondesk_pack_ms: round(median(ours)),
      target_ms: 3000,
      raw_pdfmake_same_parts_ms: round(median(raw)),
      ratio: round(median(ours) / median(raw)),
      note:
        'ours = the meetings.pack job: every part as PDF and .docx, cover, contents, merge, page stamps, zip, ' +
        'parts checkpointed in the encrypted database; raw = pdfmake rendering the same PDFs from ready definitions',
    },
  };
};
