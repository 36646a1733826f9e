/**
 * A meeting's invitations (issue 9): ONE Giấy mời from the `giay-moi` template, rendered by the document engine, and
 * one .ics per invited person. Read-only: nothing is registered or stored; the caller saves the files (the CLI) or
 * sends them (the email pipeline, when it lands).
 */
import { literalMarkdown } from './markdown-literal';
import { AppError } from '../../shared/errors';
import type { DocumentModel } from '../../shared/document-model';
import type { FileData } from '../../shared/file-data';
import type { Meeting } from '../../shared/meetings-contract';
import { foldVi } from '../../shared/text/fold';
import { icsInvitation, invitationUid, type IcsPerson } from '../calendar/ics';
import { deliver } from '../deliver';
import { fileNameFor, MIME, renderModel } from '../documents/files';
import { getOrg } from '../org/org';
import type { Session } from '../session';
import { invitedPeople, type InvitedPerson } from './invitations-people';
import { getMeeting } from './read';

/** Up to this many people are named after "Kính mời"; more go to the appendix (a line of 40 names helps no one). */
export const INLINE_INVITEES = 5;

/** ASCII, lower-case, dash-separated: Zalo and some mail clients mangle Vietnamese file names. */
export function slug(s: string, max = 40): string {
  const out = foldVi(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return out.slice(0, max).replace(/-$/, '') || 'x';
}

/** "08 giờ 00 phút" from `YYYY-MM-DDTHH:mm`, as a Giấy mời prints it. */
export function timeVi(local: string): string {
  const [h, m] = local.slice(11, 16).split(':');
  return `${h} giờ ${m} phút`;
}

/** A meeting with no end time is given two hours in the calendar: a calendar event needs an end. */
function endOf(m: Meeting): string {
  if (m.endsAt) return m.endsAt;
  return new Date(Date.parse(`${m.startsAt}:00Z`) + 2 * 3600_000).toISOString().slice(0, 16);
}

export function placeText(m: Meeting): string {
  if (m.place && m.onlineUrl) return `${m.place} (trực tuyến: ${m.onlineUrl})`;
  return m.place ?? (m.onlineUrl ? `Trực tuyến: ${m.onlineUrl}` : 'Sẽ thông báo sau');
}

// Values go into Markdown as they are (the template engine keeps Markdown in values): typed text is made literal.
const plain = literalMarkdown;

function inviteeLine(m: Meeting, people: InvitedPerson[]): string {
  if (people.length > INLINE_INVITEES) return 'Các đồng chí có tên trong danh sách kèm theo';
  return (
    m.invitees
      .map((i) =>
        i.type === 'member'
          ? `Đồng chí ${i.name}`
          : i.type === 'guest' && i.organisation
            ? `${i.name} – ${i.organisation}`
            : i.name,
      )
      .filter(Boolean)
      .map(plain)
      .join('; ') || 'Các đồng chí được triệu tập'
  );
}

function agendaNote(m: Meeting): string {
  if (m.agenda.length === 0) return '';
  const lines = m.agenda.map((a, n) => {
    const who = a.presenter ? ` (${plain(a.presenter)})` : '';
    return `${n + 1}. ${a.time ? `${a.time} – ` : ''}${plain(a.title)}${who}`;
  });
  return ['Nội dung:', '', ...lines].join('\n');
}

// The engine takes at most 2,000 rows in a table: a long list is split into tables of TABLE_ROWS, numbered on.
const TABLE_ROWS = 1000;

function appendixMarkdown(count: number): string {
  const tables = Array.from({ length: Math.ceil(count / TABLE_ROWS) }, (_, k) =>
    [
      '| STT | Họ và tên | Đơn vị |',
      '|:---:|---|---|',
      `{{#each people${k}}}`,
      '| {{no}} | {{name}} | {{org}} |',
      '{{/each}}',
    ].join('\n'),
  );
  return `\n\n\\phuluc Danh sách đại biểu được mời\n\n${tables.join('\n\n')}\n`;
}

function appendixData(people: InvitedPerson[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let k = 0; k * TABLE_ROWS < people.length; k++) {
    out[`people${k}`] = people
      .slice(k * TABLE_ROWS, (k + 1) * TABLE_ROWS)
      .map((p, n) => ({ no: k * TABLE_ROWS + n + 1, name: plain(p.name), org: plain(p.organisation) }));
  }
  return out;
}

/** The Giấy mời's document model (the pack reuses it: one Giấy mời, however it is delivered). */
export async function giayMoiModel(s: Session, m: Meeting, people: InvitedPerson[]): Promise<DocumentModel> {
  const t = await import('../documents/templates');
  const template = t.readTemplate('giay-moi');
  if (template === null) throw new AppError('NOT_FOUND', 'Không có mẫu văn bản "giay-moi".');
  const appendix = people.length > INLINE_INVITEES ? appendixMarkdown(people.length) : '';
  const { profile: org, upperLevels } = await getOrg(s.db);
  // The signer is the chair in the profile (TM. BAN CHẤP HÀNH / CHỦ TỊCH); a profile without one signs with the
  // meeting's chair rather than refusing the invitation.
  const profile = org && !org.chairName?.trim() && m.chair?.name ? { ...org, chairName: m.chair.name } : org;
  const data = {
    invitee: inviteeLine(m, people),
    event: {
      name: plain(m.title),
      time: timeVi(m.startsAt),
      date: m.startsAt.slice(0, 10),
      place: plain(placeText(m)),
      note: agendaNote(m),
    },
    ...appendixData(people),
  };
  let model;
  try {
    model = t.buildDocument(template.trimEnd() + appendix, {
      org: profile,
      upperLevels,
      data,
      today: new Date(),
      markdownValues: true, // typed text made literal here (literalMarkdown)
    });
  } catch (err) {
    throw t.toAppError(err);
  }
  // The trích yếu comes from the front matter, which is not Markdown: it takes the title as it is, unescaped.
  model.fields.summary = m.title;
  return model;
}

export async function giayMoi(
  s: Session,
  m: Meeting,
  people: InvitedPerson[],
  format: 'pdf' | 'docx',
): Promise<FileData> {
  const model = await giayMoiModel(s, m, people);
  const bytes = await renderModel(model, format, true); // buildDocument's own documentModel.parse output
  const name = `giay-moi-${slug(m.title)}-${m.startsAt.slice(0, 10)}.${format}`;
  return deliver(name || fileNameFor(model, format), MIME[format], bytes);
}

function description(m: Meeting): string {
  const agenda = m.agenda.map((a, n) => `${n + 1}. ${a.time ? `${a.time} ` : ''}${a.title}`);
  return agenda.length ? ['Nội dung:', ...agenda].join('\n') : '';
}

/** One .ics per person; `n` keeps file names unique when two invitees share a name. */
export function icsFile(m: Meeting, p: InvitedPerson, n: number, organizer: IcsPerson | undefined): FileData {
  const text = icsInvitation({
    uid: invitationUid(m.id, p.key),
    stamp: m.updatedAt, // deterministic: the same meeting gives the same bytes, and a change bumps it
    start: m.startsAt,
    end: endOf(m),
    summary: m.title,
    location: m.place ?? undefined,
    url: m.onlineUrl ?? undefined,
    description: description(m),
    organizer,
    // Without the organizer's email this is a PUBLISH file: icsInvitation leaves the attendee out then.
    attendee: organizer && p.email ? { name: p.name, email: p.email } : undefined,
    status: 'CONFIRMED',
  });
  const name = `moi-hop-${slug(p.name, 30)}-${String(n + 1).padStart(4, '0')}.ics`;
  return deliver(name, 'text/calendar; charset=utf-8', Buffer.from(text, 'utf8'));
}

/** The union as the .ics organizer: only with its email (else the files are PUBLISH, with no attendee). */
export function organizerOf(profile: { name?: string | null; email?: string | null } | null): IcsPerson | undefined {
  const email = profile?.email?.trim();
  return email ? { name: profile?.name || undefined, email } : undefined;
}

export async function meetingInvitations(
  s: Session,
  id: string,
  format: 'pdf' | 'docx',
): Promise<{ files: FileData[] }> {
  const { meeting, figures } = await getMeeting(s.db, id);
  const people = await invitedPeople(s.db, meeting, figures.convenedMembers);
  const { profile } = await getOrg(s.db);
  const organizer = organizerOf(profile);
  const files = [await giayMoi(s, meeting, people, format)];
  for (const [n, p] of people.entries()) files.push(icsFile(meeting, p, n, organizer));
  return { files };
}
