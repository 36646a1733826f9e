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
import { agendaSource, type ListedPerson, peopleSource, resolutionDraftSource, type SourceDoc } from './models';
import { signInPdf, type UnionHeader } from './pdf-parts';
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
}

export interface PackPlan {
  meeting: Meeting;
  union: UnionHeader;
  parts: PartSpec[];
}

const isPdf = (f: { fileName: string; mime: string }) => f.mime === 'application/pdf' || /\.pdf$/i.test(f.fileName);

/** "01-chuong-trinh": the part's place and an ASCII name (Zalo and some mail clients mangle Vietnamese names). */
const zipName = (no: number, title: string) => `${String(no).padStart(2, '0')}-${slug(title, 50)}`;

async function engineDoc(model: DocumentModel, parsed: boolean, name: string): Promise<RenderedPart> {
  const pdf = await renderModel(model, 'pdf', parsed);
  const docx = await renderModel(model, 'docx', parsed);
  return { pdf, pages: await pageCount(pdf), zip: [{ name: `${name}.docx`, base64: docx.toString('base64') }] };
}

/**
 * Ballots (phiếu bầu) for the meeting's elections. Hook: the elections helper's `ballotPapers` model function had
 * not landed in main when the pack was built, so a pack has no ballot part yet; wire it here when it lands.
 */
export async function ballotParts(s: Session, meeting: Meeting): Promise<PartSpec[]> {
  void s;
  void meeting;
  return [];
}

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
      return buildDocument(src.markdown, { org, upperLevels, data: src.data, today: new Date() });
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

  const files = new Map<string, { fileName: string; mime: string }>();
  for (const a of m.agenda.flatMap((x) => x.attachments).filter((x) => x.type === 'file'))
    if (!files.has(a.id)) {
      const f = await readMeetingFile(db, id, a.id);
      files.set(a.id, { fileName: f.fileName, mime: f.mime });
    }
  const note = (a: Meeting['agenda'][number]['attachments'][number]) =>
    a.type === 'file' && !isPdf(files.get(a.id)!) ? ' (tệp trong thư mục nén .zip)' : '';

  const specs: PartSpec[] = [];
  const add = (title: string, render: (name: string) => Promise<RenderedPart>) => {
    const name = zipName(specs.length + 1, title);
    specs.push({ title, render: () => render(name) });
  };
  add('Chương trình', (n) => engineDoc(fromSource(agendaSource(m, signer, note)), true, n));
  add('Giấy mời', async (n) =>
    engineDoc(await giayMoiModel(s, m, await invitedPeople(db, m, figures.convenedMembers)), true, n),
  );
  add('Danh sách đại biểu được mời', (n) => engineDoc(fromSource(peopleSource(m, people, signer, false)), true, n));
  add('Danh sách đại biểu ký tên', async (n) => {
    const pdf = await signInPdf(m, people, union, members.length);
    const docx = await renderModel(fromSource(peopleSource(m, people, signer, true)), 'docx', true);
    return { pdf, pages: await pageCount(pdf), zip: [{ name: `${n}.docx`, base64: docx.toString('base64') }] };
  });
  const seen = new Set<string>();
  for (const a of m.agenda.flatMap((x) => x.attachments)) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    if (a.type === 'document') {
      add(a.name, async (n) => engineDoc((await getDocument(db, a.id)).model, false, n));
      continue;
    }
    const f = files.get(a.id)!;
    const ext = /\.([A-Za-z0-9]{1,8})$/.exec(f.fileName)?.[1]?.toLowerCase();
    add(f.fileName, async (n) => {
      const name = `${n}${ext ? `.${ext}` : ''}`;
      if (!isPdf(f)) return { pdf: null, pages: 0, zip: [{ name, fileId: a.id }] };
      const bytes = (await readMeetingFile(db, id, a.id)).bytes;
      return { pdf: bytes, pages: await pageCount(bytes), zip: [{ name, fileId: a.id }] };
    });
  }
  if (m.motions.length > 0)
    add('Dự thảo nghị quyết', (n) => engineDoc(fromSource(resolutionDraftSource(m, signer)), true, n));
  specs.push(...(await ballotParts(s, m)));
  add('Biên bản cuộc họp (mẫu ghi)', (n) => engineDoc(fromSource(minutesFormSource(m, figures)), true, n));
  return { meeting: m, union, parts: specs };
}
