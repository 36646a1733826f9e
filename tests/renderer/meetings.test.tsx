// @vitest-environment jsdom
/**
 * Cuộc họp against the contract-checked fake core: the list by status, a new meeting typed dd/mm/yyyy + HH:mm,
 * attendance ticked by keyboard with the quorum coming back from the core, motions with the core's % and "passed",
 * the minutes made (CONFLICT on an edited draft asks in Vietnamese) and opened in the documents editor, the pack job.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MeetingsPage } from '../../src/renderer/meetings/MeetingsPage';
import { PAGES } from '../../src/renderer/shell/pages';
import { EMPTY_PROFILE, createFakeCore, makeMember } from './fakeCore';
import { installFakeDocs, polyfillEditorLayout } from './fakeDocs';
import { installFakeElections } from './fakeElections';
import { installFakeMeetings } from './fakeMeetings';
import { renderWithProviders } from './setup';

polyfillEditorLayout();

function setup() {
  const members = [
    makeMember({ id: 'an', fullName: 'Nguyễn Văn An', position: 'Chủ tịch' }),
    makeMember({ id: 'binh', fullName: 'Trần Thị Bình', position: 'Phó Chủ tịch' }),
    makeMember({ id: 'cuong', fullName: 'Lê Văn Cường', position: 'Ủy viên' }),
  ];
  const core = createFakeCore({
    vault: 'unlocked',
    passphrase: 'x'.repeat(8),
    profile: { ...EMPTY_PROFILE, name: 'CĐCS Dệt may' },
    members,
  });
  const docs = installFakeDocs(core);
  const meetings = installFakeMeetings(core, docs);
  return { core, docs, meetings, elections: installFakeElections(core, docs) };
}

function render(core: ReturnType<typeof setup>['core'], sub?: string) {
  return renderWithProviders(createElement(MeetingsPage, { sub }), core.raw, { pages: PAGES });
}

const tab = async (key: string) => {
  fireEvent.click(await screen.findByTestId(`meeting-tab-${key}`));
};

describe('meetings list', () => {
  it('shows upcoming meetings first and the others under their status', async () => {
    const { core, meetings } = setup();
    meetings.add({ title: 'Họp BCH quý I', startsAt: '2026-03-05T08:00' });
    meetings.add({ title: 'Đại hội nhiệm kỳ 2025–2030', kind: 'congress', status: 'held' });
    render(core);
    const list = await screen.findByTestId('meetings-list');
    await within(list).findByText('Họp BCH quý I');
    expect(within(list).getByText('05/03/2026 08:00')).toBeTruthy();
    expect(within(list).queryByText('Đại hội nhiệm kỳ 2025–2030')).toBeNull();
    fireEvent.click(screen.getByTestId('meetings-filter-held'));
    await within(list).findByText('Đại hội nhiệm kỳ 2025–2030');
    expect(core.callsOf('meetings.list').at(-1)).toEqual({ status: 'held' });
  });

  it('speaks English from the same page, with dates still dd/mm/yyyy', async () => {
    const { core, meetings } = setup();
    meetings.add({ title: 'Executive meeting', startsAt: '2026-03-05T08:00' });
    renderWithProviders(createElement(MeetingsPage, {}), core.raw, { pages: PAGES, lang: 'en' });
    const list = await screen.findByTestId('meetings-list');
    await within(list).findByText('Executive meeting');
    expect(within(list).getByText('05/03/2026 08:00')).toBeTruthy();
    expect(within(list).getByText('Executive committee meeting')).toBeTruthy();
    expect(screen.getByTestId('meetings-new').textContent).toBe('New meeting');
  });

  it('creates a meeting from a date typed dd/mm/yyyy and a time', async () => {
    const { core } = setup();
    render(core, 'new');
    fireEvent.change(await screen.findByTestId('meeting-title'), { target: { value: 'Họp BCH tháng 3' } });
    const date = screen.getByTestId('meeting-start-date') as HTMLInputElement;
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '05/03/2026' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    const time = screen.getByTestId('meeting-start-time') as HTMLInputElement;
    fireEvent.mouseDown(time);
    fireEvent.change(time, { target: { value: '08:30' } });
    fireEvent.keyDown(time, { key: 'Enter', code: 'Enter' });
    fireEvent.change(screen.getByTestId('meeting-place'), { target: { value: 'Hội trường tầng 2' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('meeting-save'));
    });
    await waitFor(() =>
      expect(core.callsOf('meetings.create')).toEqual([
        expect.objectContaining({
          kind: 'bch',
          title: 'Họp BCH tháng 3',
          startsAt: '2026-03-05T08:30',
          place: 'Hội trường tầng 2',
        }),
      ]),
    );
  });

  it('takes Enter in the date field of a new meeting as the end of the date, not as Lưu', async () => {
    const { core } = setup();
    render(core, 'new');
    fireEvent.change(await screen.findByTestId('meeting-title'), { target: { value: 'Họp BCH tháng 3' } });
    const date = screen.getByTestId('meeting-start-date') as HTMLInputElement;
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '05/03/2026' } });
    // fireEvent returns false when the keydown was cancelled: the browser then does not submit the form.
    let notCancelled = true;
    await act(async () => {
      notCancelled = fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    });
    expect(notCancelled).toBe(false);
    const time = screen.getByTestId('meeting-start-time') as HTMLInputElement;
    fireEvent.mouseDown(time);
    fireEvent.change(time, { target: { value: '08:30' } });
    await act(async () => {
      notCancelled = fireEvent.keyDown(time, { key: 'Enter', code: 'Enter' });
    });
    expect(notCancelled).toBe(false);
    expect(core.callsOf('meetings.create')).toEqual([]);
    // Enter elsewhere (the title) still submits the way a form does: nothing is taken from the other fields.
    expect(fireEvent.keyDown(screen.getByTestId('meeting-title'), { key: 'Enter', code: 'Enter' })).toBe(true);
  });

  it('lets an agenda time be empty, takes 8:30 as 08:30, and says why a malformed one is refused', async () => {
    const { core, meetings } = setup();
    const m = meetings.add({
      title: 'Họp BCH',
      agenda: [
        { title: 'Khai mạc', opinions: [], attachments: [] },
        { title: 'Báo cáo quý I', opinions: [], attachments: [] },
      ],
    });
    render(core, m.id);
    const first = (await screen.findByTestId('agenda-0-time')) as HTMLInputElement;
    const second = screen.getByTestId('agenda-1-time') as HTMLInputElement;
    fireEvent.change(first, { target: { value: '8h3' } });
    await act(async () => {
      fireEvent.blur(first);
    });
    const row0 = screen.getByTestId('agenda-0');
    expect(await within(row0).findByText('Giờ phải có dạng HH:mm')).toBeTruthy();
    // The red border comes with its message, and only on the field that is wrong.
    expect(first.closest('.ant-form-item')!.className).toContain('ant-form-item-has-error');
    expect(second.closest('.ant-form-item')!.className).not.toContain('ant-form-item-has-error');
    await act(async () => {
      fireEvent.click(screen.getByTestId('meeting-save'));
    });
    expect(core.callsOf('meetings.update')).toEqual([]);
    fireEvent.change(first, { target: { value: '8:30' } });
    await act(async () => {
      fireEvent.blur(first);
    });
    await waitFor(() => expect(within(row0).queryByText('Giờ phải có dạng HH:mm')).toBeNull());
    expect(first.value).toBe('08:30');
    expect(first.closest('.ant-form-item')!.className).not.toContain('ant-form-item-has-error');
    await act(async () => {
      fireEvent.click(screen.getByTestId('meeting-save'));
    });
    // The agenda's columns are named above its rows, and a title is a wrapping field that Enter adds no line to.
    expect(screen.getByTestId('agenda-head').textContent).toBe('GiờNội dungNgười trình bàyTài liệu kèm theo');
    const title = screen.getByTestId('agenda-1-title');
    expect(title.tagName).toBe('TEXTAREA');
    expect(fireEvent.keyDown(title, { key: 'Enter', code: 'Enter', keyCode: 13 })).toBe(false);
    await waitFor(() =>
      expect(core.callsOf('meetings.update').at(-1)).toMatchObject({
        agenda: [
          { title: 'Khai mạc', time: '08:30' },
          { title: 'Báo cáo quý I', time: null },
        ],
      }),
    );
  });

  it('attaches a file to an agenda item through meetings.addFile and saves it as the item’s attachment', async () => {
    const { core, meetings } = setup();
    const m = meetings.add({ title: 'Họp BCH', agenda: [{ title: 'Báo cáo quý I', opinions: [], attachments: [] }] });
    render(core, m.id);
    const input = await screen.findByTestId('agenda-0-attachments-input');
    const file = new File(['%PDF-1.4 báo cáo'], 'bao-cao.pdf', { type: 'application/pdf' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    await waitFor(() => expect(core.callsOf('meetings.addFile')).toHaveLength(1));
    expect(core.callsOf('meetings.addFile')[0]).toMatchObject({
      id: m.id,
      fileName: 'bao-cao.pdf',
      mime: 'application/pdf',
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId('meeting-save'));
    });
    await waitFor(() =>
      expect(core.callsOf('meetings.update').at(-1)).toMatchObject({
        agenda: [{ title: 'Báo cáo quý I', attachments: [{ fileId: 'f-1' }] }],
      }),
    );
    expect(meetings.meetings.get(m.id)?.agenda[0].attachments).toEqual([
      { type: 'file', id: 'f-1', name: 'bao-cao.pdf' },
    ]);
  });

  it('puts the core’s refusal of a bad online link under its field', async () => {
    const { core, meetings } = setup();
    const m = meetings.add({ title: 'Họp trực tuyến' });
    render(core, m.id);
    fireEvent.change(await screen.findByTestId('meeting-online'), { target: { value: 'http://zoom.us/j/1' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('meeting-save'));
    });
    expect(await screen.findByText('Đường dẫn họp trực tuyến phải bắt đầu bằng https://')).toBeTruthy();
    expect(meetings.meetings.get(m.id)?.onlineUrl).toBeNull();
  });
});

describe('one meeting', () => {
  it('ticks attendance by keyboard and shows the quorum the core computed', async () => {
    const { core, meetings } = setup();
    const m = meetings.add({ title: 'Họp BCH', invitees: [{ bch: true }] });
    render(core, m.id);
    await screen.findByTestId('meeting-quorum');
    expect(screen.getByTestId('meeting-quorum').textContent).toBe('Có mặt 0/3 — chưa đủ 2/3 (cần 2)');
    await tab('attendance');
    const row0 = await screen.findByTestId('attendance-row-0');
    fireEvent.keyDown(row0, { key: 'c' });
    await waitFor(() =>
      expect(screen.getByTestId('meeting-quorum').textContent).toBe('Có mặt 1/3 — chưa đủ 2/3 (cần 2)'),
    );
    fireEvent.keyDown(screen.getByTestId('attendance-row-1'), { key: 'c' });
    fireEvent.keyDown(screen.getByTestId('attendance-row-2'), { key: 'v' });
    await waitFor(() => expect(screen.getByTestId('meeting-quorum').textContent).toBe('Có mặt 2/3 — đủ 2/3'));
    expect(core.callsOf('meetings.setAttendance').at(-1)).toEqual({
      id: m.id,
      attendance: [
        { member: { memberId: 'an' }, state: 'present' },
        { member: { memberId: 'binh' }, state: 'present' },
        { member: { memberId: 'cuong' }, state: 'absent', reason: null },
      ],
    });
    fireEvent.change(screen.getByTestId('attendance-2-reason'), { target: { value: 'Đi công tác' } });
    fireEvent.blur(screen.getByTestId('attendance-2-reason'));
    await waitFor(() =>
      expect(core.callsOf('meetings.setAttendance').at(-1)).toMatchObject({
        attendance: [{}, {}, { state: 'absent', reason: 'Đi công tác' }],
      }),
    );
  });

  it('saves a motion and shows the core’s percentages and whether it passed', async () => {
    const { core, meetings } = setup();
    const m = meetings.add({
      title: 'Họp BCH',
      invitees: [{ bch: true }],
      attendance: ['an', 'binh', 'cuong'].map((id) => ({ member: { memberId: id }, state: 'present' as const })),
      agenda: [{ title: 'Kế hoạch quý II', opinions: [], attachments: [] }],
    });
    render(core, m.id);
    await tab('opinions');
    fireEvent.click(await screen.findByTestId('opinion-0-add'));
    fireEvent.change(await screen.findByTestId('opinion-0-0-speaker'), { target: { value: 'Trần Thị Bình' } });
    fireEvent.change(screen.getByTestId('opinion-0-0-text'), { target: { value: 'Đề nghị tăng mức hỗ trợ.' } });
    fireEvent.click(screen.getByTestId('motion-add'));
    // The bins say what they remove when pointed at (and to a screen reader).
    expect(screen.getAllByTitle('Xoá ý kiến này')).toHaveLength(1);
    expect(screen.getAllByTitle('Xoá biểu quyết này')).toHaveLength(1);
    fireEvent.change(await screen.findByTestId('motion-0-text'), { target: { value: 'Thông qua kế hoạch quý II' } });
    fireEvent.change(screen.getByTestId('motion-0-for'), { target: { value: '2' } });
    fireEvent.change(screen.getByTestId('motion-0-against'), { target: { value: '1' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('opinions-save'));
    });
    const result = await screen.findByTestId('motion-0-result');
    expect(result.textContent).toContain('Thông qua');
    expect(result.textContent).toContain('66,67% tán thành'); // the Vietnamese decimal comma, as in Bầu cử
    expect(core.callsOf('meetings.update').at(-1)).toMatchObject({
      agenda: [
        { title: 'Kế hoạch quý II', opinions: [{ speaker: 'Trần Thị Bình', text: 'Đề nghị tăng mức hỗ trợ.' }] },
      ],
      motions: [{ text: 'Thông qua kế hoạch quý II', for: 2, against: 1, abstain: 0, rule: 'majority' }],
    });
  });

  it('makes the minutes, asks before overwriting an edited draft, and opens the documents editor', async () => {
    const { core, meetings } = setup();
    const m = meetings.add({ title: 'Họp BCH tháng 3' });
    render(core, m.id);
    await tab('papers');
    await act(async () => {
      fireEvent.click(await screen.findByTestId('paper-minutes'));
    });
    const editor = await screen.findByTestId('doc-editor');
    const first = editor.dataset.docId!;
    expect(core.callsOf('meetings.minutes')).toEqual([{ id: m.id }]);
    fireEvent.click(screen.getByTestId('doc-back'));
    await screen.findByTestId('meeting-papers');
    meetings.edited.add(first);
    await act(async () => {
      fireEvent.click(screen.getByTestId('paper-minutes'));
    });
    expect((await screen.findAllByText('Biên bản dự thảo đã được sửa')).length).toBeGreaterThan(0);
    await act(async () => {
      fireEvent.click(screen.getByTestId('paper-overwrite-ok'));
    });
    await screen.findByTestId('doc-editor');
    expect(core.callsOf('meetings.minutes').at(-1)).toEqual({ id: m.id, overwrite: true });
  });

  it('runs the meeting pack as a job with a progress bar, then offers the PDF and the zip', async () => {
    const { core, meetings } = setup();
    const m = meetings.add({ title: 'Đại hội' });
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    render(core, m.id);
    await tab('papers');
    await act(async () => {
      fireEvent.click(await screen.findByTestId('pack-start'));
    });
    expect(await screen.findByTestId('pack-done')).toBeTruthy();
    expect(screen.getByTestId('pack-done').textContent).toBe('Xong: 12 trang.');
    expect(screen.getByTestId('pack-parts').textContent).toBe('Bìa — trang 1 (1 trang)');
    fireEvent.click(screen.getByTestId('pack-pdf'));
    expect(clicks).toHaveBeenCalledTimes(1);
    clicks.mockRestore();
  });

  const open = vi.fn();

  it('lists a congress’s elections and makes its tờ trình công nhận in the documents editor', async () => {
    const { core, meetings, elections } = setup();
    const m = meetings.add({ title: 'Đại hội CĐCS nhiệm kỳ 2025–2030', kind: 'congress' });
    elections.add({ electing: 'Ban Chấp hành khóa II', meetingId: m.id });
    renderWithProviders(createElement(MeetingsPage, { sub: m.id, onSub: () => {}, open }), core.raw, { pages: PAGES });
    await tab('papers');
    const card = await screen.findByTestId('meeting-elections');
    fireEvent.click(await within(card).findByText('Ban Chấp hành khóa II'));
    expect(open).toHaveBeenCalledWith('elections', expect.stringMatching(/^el-/));
    await act(async () => {
      fireEvent.click(screen.getByTestId('meeting-recognition'));
    });
    expect((await screen.findByTestId('doc-editor')).textContent).toContain('Tờ trình');
    expect(core.callsOf('elections.recognition')).toEqual([{ meetingId: m.id }]);
  });
});
