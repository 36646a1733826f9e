/**
 * What goes into a meeting pack, in order, each part a function that renders it: the agenda, the Giấy mời, the
 * list of invitees, the sign-in sheet, each attached document or file, the draft resolution, the ballots, the
 * minutes form. Every paper goes through the document engine (PDF for the pack, .docx for the zip) except the
 * sign-in sheet's PDF (QR codes) and attached files (as they were given).
 */
import type { Knex } from 'knex';
import type { DocumentModel } from '../../../shared/document-model';
import type { Meeting } from '../../../shared/meetings-contract';
import { compareNames } from '../../../shared/text/names';
import { getDocument } from '../../documents/register';
import { buildDocument, toAppError, upperLevelOn } from '../../documents/templates';
import { renderModel } from '../../documents/files';
import { getOrg } from '../../org/org';
import type { Session } from '../../session';
import { readMeetingFile } from '../files';
import { giayMoiModel, slug } from '../invitations';
import { invitedPeople } from '../invitations-people';
import { getMeeting } from '../read';
import { minutesFormSource } from './minutes-form';
import { agendaSource, type ListedPerson, peopleSource, type SourceDoc } from './models';
import { resolutionDraftSource } from './resolution-draft';
import { renderPdf } from '../../pdf/pdf';
import { signInDefinition, type UnionHeader } from './pdf-parts';
import { pageCount } from './stamp';
import { listedMembers } from './people';

/** A file of the .zip: rendered bytes, or a meeting file read when the zip is made (not copied into the job). */
export type ZipEntry = { name: string; base64: string } | { name: string; fileId: string };

export interface RenderedPart {
  /** Null for an attached file that is not a PDF: it is listed on the agenda and travels in the zip only. */
  pdf: Buffer | null;
  pages: number;
  zip: ZipEntry[];
}

export interface PartSpec {
  title: string;
  render(): Promise<RenderedPart>;
  /** The part's pdfmake definition, for parts pdfmake renders (the bench's baseline); none for attached files. */
  pdfDefinition?: () => Promise<Record<string, unknown>>;
}

export interface PackPlan {
  meeting: Meeting;
  union: UnionHeader;
  parts: PartSpec[];
}

const isPdf = (f: { fileName: string; mime: string }) => f.mime === 'application/pdf' || /\.pdf$/i.test(f.fileName);

/**
 * Whether an attached file goes into the pack's PDF: a PDF that pdf-lib reads. An encrypted PDF (pdf-lib cannot
 * decrypt it: its copied pages would print garbage) or a damaged one travels in the zip only, like any other file.
 */
async function mergeable(f: { fileName: string; mime: string; bytes: Buffer }): Promise<boolean> {
  if (!isPdf(f)) return false;
  return pageCount(f.bytes).then(
    (n) => n > 0,
    () => false,
  );
}

/** "01-chuong-trinh": the part's place and an ASCII name (Zalo and some mail clients mangle Vietnamese names). */
const zipName = (no: number, title: string) => `${String(no).padStart(2, '0')}-${slug(title, 50)}`;

async function engineDoc(model: DocumentModel, parsed: boolean, name: string): Promise<RenderedPart> {
  const pdf = await renderModel(model, 'pdf', parsed);
  const docx = await renderModel(model, 'docx', parsed);
  return { pdf, pages: await pageCount(pdf), zip: [{ name: `${name}.docx`, base64: docx.toString('base64') }] };
}

/**
 * The ballot papers (phiếu bầu) of the meeting's elections, one part per election with candidates, as the elections
 * module prints them (`elections.ballotPapers`, one ballot per A4 page: a pack is read, then copied and cut as
 * needed). Loaded on use: the elections module builds on the meetings one, not the other way round.
 */
async function ballotParts(s: Session, meetingId: string): Promise<{ title: string; render: RenderPart }[]> {
  const { meetingElections } = await import('../../elections/read');
  const { ballotPapers } = await import('../../elections/ballot-sheet');
  const elections = (await meetingElections(s.db, meetingId)).filter((e) => e.candidates.length > 0);
  return elections.map((e) => ({
    title: `Phiếu bầu ${e.electing}`,
    render: async (name: string) => {
      const pdf = Buffer.from((await ballotPapers(s, e.id, 1, 'pdf')).base64, 'base64');
      const docx = (await ballotPapers(s, e.id, 1, 'docx')).base64;
      return { pdf, pages: await pageCount(pdf), zip: [{ name: `${name}.docx`, base64: docx }] };
    },
  }));
}

type RenderPart = (name: string) => Promise<RenderedPart>;

export async function packPlan(s: Session, id: string): Promise<PackPlan> {
  const db = s.db as Knex;
  const { meeting: m, figures } = await getMeeting(db, id);
  const { profile: org, upperLevels } = await getOrg(db);
  const date = m.startsAt.slice(0, 10);
  const union = {
    upper: upperLevelOn(upperLevels, date) ?? org?.upperLevelName ?? '',
    name: org?.name || 'Công đoàn cơ sở',
  };
  const signer = org?.chairName?.trim() || m.chair?.name || '';
  const fromSource = (src: SourceDoc) => {
    try {
      return buildDocument(src.markdown, { org, upperLevels, data: src.data, today: new Date(), markdownValues: true });
    } catch (err) {
      throw toAppError(err);
    }
  };
  const members = await listedMembers(db, figures.convenedMembers, date);
  members.sort((a, b) => compareNames(a.parts, b.parts));
  const guests: ListedPerson[] = m.invitees.flatMap((i) =>
    i.type === 'guest' ? [{ name: i.name, group: i.organisation ?? '', position: 'Khách mời', code: '' }] : [],
  );
  const people = [...members.map((x) => x.person), ...guests];

  const files = new Map<string, { fileName: string; inPdf: boolean }>();
  for (const a of m.agenda.flatMap((x) => x.attachments).filter((x) => x.type === 'file'))
    if (!files.has(a.id)) {
      const f = await readMeetingFile(db, id, a.id);
      files.set(a.id, { fileName: f.fileName, inPdf: await mergeable(f) });
    }
  // A draft deleted from the register after it was attached: named on the agenda, left out of the pack.
  const docIds = m.agenda
    .flatMap((x) => x.attachments)
    .filter((x) => x.type === 'document')
    .map((x) => x.id);
  const liveDocs = new Set(
    (await db('documents').whereIn('id', docIds).whereNull('deleted_at').pluck('id')) as string[],
  );
  const note = (a: Meeting['agenda'][number]['attachments'][number]) =>
    a.type === 'file'
      ? files.get(a.id)!.inPdf
        ? ''
        : ' (tệp trong thư mục nén .zip)'
      : liveDocs.has(a.id)
        ? ''
        : ' (đã xoá khỏi sổ văn bản)';

  const specs: PartSpec[] = [];
  const add = (title: string, render: RenderPart, def?: PartSpec['pdfDefinition']) => {
    const name = zipName(specs.length + 1, title);
    specs.push({ title, render: () => render(name), pdfDefinition: def });
  };
  /** A paper of the document engine: its PDF in the pack, its .docx in the zip. */
  const addDoc = (title: string, model: () => Promise<DocumentModel>, parsed = true) =>
    add(
      title,
      async (n) => engineDoc(await model(), parsed, n),
      async () => (await import('../../documents/render')).pdfDocDefinition(await model()),
    );
  const source = (make: () => SourceDoc) => async () => fromSource(make());
  addDoc(
    'Chương trình',
    source(() => agendaSource(m, signer, note)),
  );
  addDoc('Giấy mời', async () => giayMoiModel(s, m, await invitedPeople(db, m, figures.convenedMembers)));
  addDoc(
    'Danh sách đại biểu được mời',
    source(() => peopleSource(m, people, signer, false)),
  );
  const signIn = async () => signInDefinition(m, people, union, members.length);
  add(
    'Danh sách đại biểu ký tên',
    async (n) => {
      const pdf = await renderPdf(await signIn());
      const docx = await renderModel(fromSource(peopleSource(m, people, signer, true)), 'docx', true);
      return { pdf, pages: await pageCount(pdf), zip: [{ name: `${n}.docx`, base64: docx.toString('base64') }] };
    },
    signIn,
  );
  const seen = new Set<string>();
  for (const a of m.agenda.flatMap((x) => x.attachments)) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    if (a.type === 'document') {
      if (liveDocs.has(a.id)) addDoc(a.name, async () => (await getDocument(db, a.id)).model, false);
      continue;
    }
    const f = files.get(a.id)!;
    const ext = /\.([A-Za-z0-9]{1,8})$/.exec(f.fileName)?.[1]?.toLowerCase();
    add(f.fileName, async (n) => {
      const name = `${n}${ext ? `.${ext}` : ''}`;
      if (!f.inPdf) return { pdf: null, pages: 0, zip: [{ name, fileId: a.id }] };
      const bytes = (await readMeetingFile(db, id, a.id)).bytes;
      return { pdf: bytes, pages: await pageCount(bytes), zip: [{ name, fileId: a.id }] };
    });
  }
  if (m.motions.length > 0)
    addDoc(
      'Dự thảo nghị quyết',
      source(() => resolutionDraftSource(m, figures, org)),
    );
  for (const b of await ballotParts(s, id)) add(b.title, b.render);
  addDoc(
    'Biên bản cuộc họp (mẫu ghi)',
    source(() => minutesFormSource(m, figures)),
  );
  return { meeting: m, union, parts: specs };
}
