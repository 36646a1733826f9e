/** meetings.invitations through the real encrypted core: one Giấy mời (pdf, docx) and one .ics per invited person. */
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { propsOf, unescapeText } from '../calendar/parse-ics';
import { readPdf, squash } from '../documents/fixtures/read';
import { call, registerCore, type Register } from './helpers';

let r: Register;
let id: string;
beforeAll(async () => {
  r = await registerCore();
  await call(r.core, 'org.update', {
    name: 'Công đoàn cơ sở Công ty Thử Nghiệm',
    upperLevelName: 'Liên đoàn Lao động phường Bến Thành',
    place: 'TP. Hồ Chí Minh',
    email: 'cdcs@example.vn',
  });
  await call(r.core, 'members.update', { id: r.ids['Vũ Thị Giang'], email: 'giang@example.vn' });
  ({ id } = await call(r.core, 'meetings.create', {
    kind: 'bch',
    title: 'Họp Ban Chấp hành tháng 3',
    startsAt: '2026-03-10T08:00',
    endsAt: '2026-03-10T10:30',
    place: 'Phòng họp tầng 2',
    chair: { memberId: r.ids['Nguyễn Văn An'] },
    invitees: [
      { memberId: r.ids['Vũ Thị Giang'] },
      { memberId: r.ids['Hoàng Văn Em'] },
      { unit: 'Tổ cắt' },
      { name: 'Ông Khách Mời', organisation: 'LĐLĐ phường' },
    ],
    agenda: [{ title: 'Báo cáo quý I', presenter: 'Nguyễn Văn An', time: '08:15' }],
  }));
});
afterAll(async () => {
  await r.core.close();
});

type Files = { files: { fileName: string; mime: string; base64: string }[] };
const bytes = (f: { base64: string }) => Buffer.from(f.base64, 'base64');
const icsOf = (out: Files) => out.files.filter((f) => f.fileName.endsWith('.ics'));

describe('meetings.invitations', () => {
  it('renders the Giấy mời as a PDF with the title, the time line, the place', async () => {
    const out = await call<Files>(r.core, 'meetings.invitations', { id, format: 'pdf' });
    const doc = out.files[0];
    expect(doc.fileName).toBe('giay-moi-hop-ban-chap-hanh-thang-3-2026-03-10.pdf');
    expect(doc.mime).toBe('application/pdf');
    const text = squash((await readPdf(bytes(doc))).pages.join('\n'));
    for (const s of ['GIẤY MỜI', 'Họp Ban Chấp hành tháng 3', '08 giờ 00 phút, thứ Ba, ngày 10 tháng 3 năm 2026']) {
      expect(text).toContain(squash(s));
    }
    expect(text).toContain(squash('Phòng họp tầng 2'));
    expect(text).toContain(squash('Báo cáo quý I'));
    // Five people: named after "Kính mời", no appendix.
    expect(text).toContain(squash('Đồng chí Vũ Thị Giang'));
  });

  it('renders the same Giấy mời as docx', async () => {
    const out = await call<Files>(r.core, 'meetings.invitations', { id, format: 'docx' });
    expect(out.files[0].fileName).toMatch(/^giay-moi-.*\.docx$/);
    const text = squash((await mammoth.extractRawText({ buffer: bytes(out.files[0]) })).value);
    for (const s of ['GIẤY MỜI', 'Họp Ban Chấp hành tháng 3', '08 giờ 00 phút', 'Phòng họp tầng 2']) {
      expect(text).toContain(squash(s));
    }
  });

  it('makes one .ics per person (members of the group expanded, the guest), parsed back', async () => {
    const out = await call<Files>(r.core, 'meetings.invitations', { id, format: 'pdf' });
    const ics = icsOf(out);
    // Giang, Em, Cường and Dung (Tổ cắt), the guest.
    expect(ics).toHaveLength(5);
    const byName = new Map<string, Map<string, { params: Record<string, string>; value: string }>>();
    for (const f of ics) {
      expect(f.fileName).toMatch(/^moi-hop-[a-z0-9-]+-\d{4}\.ics$/);
      const text = bytes(f).toString('utf8');
      const ev = propsOf(text, 'VEVENT');
      expect(unescapeText(ev.get('SUMMARY')!.value)).toBe('Họp Ban Chấp hành tháng 3');
      expect(ev.get('DTSTART')!.params.TZID).toBe('Asia/Ho_Chi_Minh');
      expect(ev.get('DTSTART')!.value).toBe('20260310T080000');
      const cal = propsOf(text, 'VCALENDAR');
      const who = ev.get('ATTENDEE')?.params.CN ?? f.fileName;
      byName.set(who, ev);
      if (ev.has('ATTENDEE')) expect(cal.get('METHOD')!.value).toBe('REQUEST');
      else expect(cal.get('METHOD')!.value).toBe('PUBLISH');
    }
    // Only Giang has an email: her file is a real request, addressed to her by name.
    const giang = byName.get('Vũ Thị Giang')!;
    expect(giang.get('ATTENDEE')!.value).toBe('mailto:giang@example.vn');
    expect(ics.filter((f) => bytes(f).toString('utf8').includes('ATTENDEE'))).toHaveLength(1);
    expect(ics.map((f) => f.fileName).join()).toContain('moi-hop-ong-khach-moi-');
  });

  it('gives unique UIDs and file names, the same on every call', async () => {
    const uids = async () =>
      icsOf(await call<Files>(r.core, 'meetings.invitations', { id, format: 'pdf' })).map((f) => [
        f.fileName,
        propsOf(bytes(f).toString('utf8'), 'VEVENT').get('UID')!.value,
        f.base64,
      ]);
    const a = await uids();
    const b = await uids();
    expect(b).toEqual(a);
    expect(new Set(a.map((x) => x[1])).size).toBe(a.length);
    expect(new Set(a.map((x) => x[0])).size).toBe(a.length);
  });

  it('prints titles and names with Markdown characters as they are, in the trích yếu and the body', async () => {
    const { id: odd } = await call(r.core, 'meetings.create', {
      kind: 'bch',
      title: 'Họp BCH - quý *I* [x]',
      startsAt: '2026-03-10T08:00',
      place: 'Phòng_1 | 2',
      chair: { memberId: r.ids['Nguyễn Văn An'] },
      invitees: [{ name: 'Ông *Khách*', organisation: 'X|Y' }],
      agenda: [{ title: '2. Tài chính & #quỹ' }, { title: '\\phuluc Danh sách' }],
    });
    const out = await call<Files>(r.core, 'meetings.invitations', { id: odd, format: 'docx' });
    const text = (await mammoth.extractRawText({ buffer: bytes(out.files[0]) })).value;
    expect(text.replace('\\phuluc', '')).not.toContain('\\'); // no escape shows
    expect(text).toContain('GIẤY MỜI\n\nHọp BCH - quý *I* [x]\n');
    expect(text).toContain('Tới dự: Họp BCH - quý *I* [x].');
    expect(text).toContain('Ông *Khách* – X|Y');
    expect(text).toContain('Phòng_1 | 2');
    // An agenda line that reads like a list number, a heading or an appendix stays one line of text.
    // (Word numbers the list itself: mammoth's text shows the items without their "1.", "2.")
    expect(text).toContain('Nội dung:\n\n2. Tài chính & #quỹ\n\n\\phuluc Danh sách\n');
  });

  it('names a long list "có tên trong danh sách kèm theo" and lists everyone in the appendix', async () => {
    const { id: big } = await call(r.core, 'meetings.create', {
      kind: 'group',
      title: 'Hội nghị người lao động',
      startsAt: '2026-04-02T14:00',
      onlineUrl: 'https://zoom.us/j/987',
      chair: { memberId: r.ids['Lê Văn Cường'] },
      invitees: [{ unit: 'Tổ may' }, { bch: true }, { memberId: r.ids['Vũ Thị Giang'] }, { name: 'Bà Khách' }],
    });
    const out = await call<Files>(r.core, 'meetings.invitations', { id: big, format: 'docx' });
    const text = squash((await mammoth.extractRawText({ buffer: bytes(out.files[0]) })).value);
    expect(text).toContain(squash('Các đồng chí có tên trong danh sách kèm theo'));
    expect(text).toContain(squash('DANH SÁCH ĐẠI BIỂU ĐƯỢC MỜI'));
    expect(text).toContain(squash('Phạm Thị Dung'));
    expect(text).toContain('https://zoom.us/j/987');
    expect(text).toContain(squash('Lê Văn Cường')); // the meeting's chair signs when the profile names none
    const ev = propsOf(bytes(icsOf(out)[0]).toString('utf8'), 'VEVENT');
    expect(ev.get('URL')!.value).toBe('https://zoom.us/j/987');
    expect(ev.get('DTEND')!.value).toBe('20260402T160000');
  });
});
