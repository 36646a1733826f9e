// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/errors';
import { EMPTY_PROFILE, createFakeCore, makeMember } from './fakeCore';
import { renderApp } from './setup';

function openCore() {
  const core = createFakeCore({
    vault: 'unlocked',
    passphrase: 'x'.repeat(8),
    profile: { ...EMPTY_PROFILE, name: 'CĐCS Dệt may' },
  });
  core.state.members = [
    makeMember({ id: 'an', fullName: 'Nguyễn Văn An', gender: 'male', dateOfBirth: '1990-02-05', email: 'an@old.vn' }),
    makeMember({ id: 'binh', fullName: 'Lê Thị Bình', status: 'retired' }),
    makeMember({ id: 'cuong', fullName: 'Phạm Cường', status: 'expelled' }),
  ];
  core.state.history.set('an', [
    {
      id: 'e1',
      event: 'admitted',
      fromStatus: null,
      toStatus: 'active',
      date: '2015-03-08',
      reason: 'Kết nạp đợt 8/3',
      ref: '12/QĐ-CĐCS',
    },
  ]);
  return core;
}

async function openMember(core: ReturnType<typeof openCore>, name: string) {
  window.history.replaceState(null, '', '#/members');
  renderApp(core.raw);
  const row = await screen.findByText(name, { selector: '.ud-member-name' });
  await act(async () => {
    fireEvent.click(row);
  });
  return screen.findByTestId('member-page');
}

/** The labels of the open Select's options (antd renders them in a popup on document.body). */
async function openOptions(testId: string): Promise<string[]> {
  fireEvent.mouseDown(within(screen.getByTestId(testId)).getByRole('combobox'));
  const popup = await waitFor(() => {
    const p = [...document.querySelectorAll('.ant-select-dropdown')].find(
      (d) => !d.classList.contains('ant-select-dropdown-hidden'),
    );
    if (!p) throw new Error('no popup');
    return p as HTMLElement;
  });
  return [...popup.querySelectorAll('.ant-select-item-option-content')].map((o) => o.textContent ?? '');
}

async function chooseOption(label: string) {
  const opt = [...document.querySelectorAll('.ant-select-item-option-content')].find((o) => o.textContent === label);
  if (!opt) throw new Error(`no option ${label}`);
  await act(async () => {
    fireEvent.click(opt);
  });
}

const fieldOf = (testId: string) => screen.getByTestId(testId).closest('.ant-form-item') as HTMLElement;

describe('member page', () => {
  it('shows the record in sections and the timeline with date, event, reason and decision number', async () => {
    const page = await openMember(openCore(), 'Nguyễn Văn An');
    expect(within(page).getByText('Thông tin cá nhân')).toBeTruthy();
    for (const s of ['Liên hệ', 'Công việc', 'Công đoàn', 'Thẻ đoàn viên'])
      expect(within(page).getByText(s)).toBeTruthy();
    expect((within(page).getByTestId('member-fullName') as HTMLInputElement).value).toBe('Nguyễn Văn An');
    expect((within(page).getByTestId('member-givenName') as HTMLInputElement).value).toBe('An');
    expect(within(page).getByDisplayValue('05/02/1990')).toBeTruthy();
    const timeline = within(page).getByTestId('member-timeline');
    expect(timeline.textContent).toContain('08/03/2015');
    expect(timeline.textContent).toContain('Kết nạp');
    expect(timeline.textContent).toContain('Kết nạp đợt 8/3');
    expect(timeline.textContent).toContain('12/QĐ-CĐCS');
  });

  it('offers only the legal next statuses and records the change on the timeline', async () => {
    const core = openCore();
    await openMember(core, 'Nguyễn Văn An');
    fireEvent.click(screen.getByTestId('member-status-change'));
    await screen.findByTestId('status-form');
    expect(await openOptions('status-to')).toEqual([
      'Tạm dừng sinh hoạt',
      'Đã chuyển sinh hoạt',
      'Nghỉ hưu',
      'Xin ra khỏi tổ chức',
      'Bị khai trừ',
      'Thôi sinh hoạt',
      'Đoàn viên danh dự',
    ]);
    await chooseOption('Nghỉ hưu');
    fireEvent.change(screen.getByTestId('status-reason'), { target: { value: 'Đủ tuổi nghỉ hưu' } });
    fireEvent.change(screen.getByTestId('status-ref'), { target: { value: '45/QĐ-CTY' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('status-submit'));
    });
    await waitFor(() =>
      expect(core.callsOf('members.setStatus')).toEqual([
        {
          id: 'an',
          status: 'retired',
          date: dayjs().format('YYYY-MM-DD'),
          reason: 'Đủ tuổi nghỉ hưu',
          ref: '45/QĐ-CTY',
        },
      ]),
    );
    await waitFor(() => expect(screen.getByTestId('member-timeline').textContent).toContain('Đủ tuổi nghỉ hưu'));
    expect(screen.getByTestId('member-timeline').textContent).toContain('45/QĐ-CTY');
  });

  it('shows the core CONFLICT message in the dialog; a retired member can only become honorary or active', async () => {
    const core = openCore();
    core.handlers['members.setStatus'] = () => {
      throw new AppError('CONFLICT', 'Không thể chuyển trạng thái từ "Nghỉ hưu" sang "Đoàn viên danh dự".');
    };
    await openMember(core, 'Lê Thị Bình');
    fireEvent.click(screen.getByTestId('member-status-change'));
    await screen.findByTestId('status-form');
    expect(await openOptions('status-to')).toEqual(['Đoàn viên danh dự', 'Đang sinh hoạt']);
    await chooseOption('Đoàn viên danh dự');
    fireEvent.change(screen.getByTestId('status-reason'), { target: { value: 'Có nhiều đóng góp' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('status-submit'));
    });
    expect((await screen.findByTestId('status-error')).textContent).toContain(
      'Không thể chuyển trạng thái từ "Nghỉ hưu" sang "Đoàn viên danh dự".',
    );
  });

  it('puts a date before the last change under the date field', async () => {
    const core = openCore();
    await openMember(core, 'Nguyễn Văn An');
    fireEvent.click(screen.getByTestId('member-status-change'));
    await screen.findByTestId('status-form');
    await openOptions('status-to');
    await chooseOption('Tạm dừng sinh hoạt');
    const date = within(screen.getByTestId('status-form')).getByTestId('status-date') as HTMLInputElement;
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '01/01/2010' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    fireEvent.change(screen.getByTestId('status-reason'), { target: { value: 'Nghỉ không lương' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('status-submit'));
    });
    await waitFor(() => expect(core.callsOf('members.setStatus').at(-1)).toMatchObject({ date: '2010-01-01' }));
    await waitFor(() => expect(fieldOf('status-date').textContent).toContain('Ngày sớm hơn lần thay đổi trước'));
  });

  it('cannot change the status of an expelled member', async () => {
    await openMember(openCore(), 'Phạm Cường');
    expect((screen.getByTestId('member-status-change') as HTMLButtonElement).disabled).toBe(true);
  });

  it('sends only the changed fields and shows VALIDATION errors under idNumber and email', async () => {
    const core = openCore();
    core.handlers['members.update'] = () => {
      throw new AppError('VALIDATION', 'Dữ liệu không hợp lệ.', [
        { path: ['idNumber'], message: 'Số CCCD đã có ở đoàn viên khác' },
        { path: ['email'], message: 'Email không hợp lệ' },
      ]);
    };
    await openMember(core, 'Nguyễn Văn An');
    fireEvent.change(screen.getByTestId('member-idNumber'), { target: { value: '0790 9000 1234' } });
    fireEvent.change(screen.getByTestId('member-email'), { target: { value: 'AN@Congdoan.VN' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('member-save'));
    });
    await waitFor(() => expect(fieldOf('member-idNumber').textContent).toContain('Số CCCD đã có ở đoàn viên khác'));
    expect(fieldOf('member-email').textContent).toContain('Email không hợp lệ');
    expect(core.callsOf('members.update')).toEqual([{ id: 'an', idNumber: '079090001234', email: 'an@congdoan.vn' }]);
  });

  it('checks CCCD and phone formats before sending', async () => {
    const core = openCore();
    await openMember(core, 'Nguyễn Văn An');
    fireEvent.change(screen.getByTestId('member-idNumber'), { target: { value: '12345' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('member-save'));
    });
    await waitFor(() => expect(fieldOf('member-idNumber').textContent).toContain('Số CCCD phải có 12 chữ số'));
    expect(core.callsOf('members.update')).toEqual([]);
  });

  it('adds a member, then shows their page; the name parts follow the full name', async () => {
    const core = openCore();
    window.history.replaceState(null, '', '#/members');
    renderApp(core.raw);
    await screen.findAllByTestId('member-row');
    fireEvent.click(screen.getByTestId('member-add'));
    const page = await screen.findByTestId('member-page');
    fireEvent.change(within(page).getByTestId('member-fullName'), { target: { value: 'Đặng Thị Hoa' } });
    expect((within(page).getByTestId('member-familyName') as HTMLInputElement).value).toBe('Đặng');
    expect((within(page).getByTestId('member-givenName') as HTMLInputElement).value).toBe('Hoa');
    fireEvent.change(within(page).getByTestId('member-phone'), { target: { value: '0987654321' } });
    await act(async () => {
      fireEvent.click(within(page).getByTestId('member-save'));
    });
    await waitFor(() =>
      expect(core.callsOf('members.add')).toEqual([
        { fullName: 'Đặng Thị Hoa', phone: '0987654321', event: 'admitted' },
      ]),
    );
    await waitFor(() => expect(screen.getByTestId('member-page-name').textContent).toBe('Đặng Thị Hoa'));
    await waitFor(() => expect(screen.getAllByTestId('member-row')).toHaveLength(4));
  });

  it('closes the add-member form with "Huỷ" and adds nobody', async () => {
    const core = openCore();
    window.history.replaceState(null, '', '#/members');
    renderApp(core.raw);
    await screen.findAllByTestId('member-row');
    fireEvent.click(screen.getByTestId('member-add'));
    const page = await screen.findByTestId('member-page');
    fireEvent.change(within(page).getByTestId('member-fullName'), { target: { value: 'Đặng Thị Hoa' } });
    expect(within(page).queryByTestId('member-cancel')?.textContent).toBe('Huỷ');
    fireEvent.click(within(page).getByTestId('member-cancel'));
    await waitFor(() => expect(screen.queryByTestId('member-page')).toBeNull());
    expect(core.callsOf('members.add')).toEqual([]);
    expect(screen.getAllByTestId('member-row')).toHaveLength(3);
  });

  it('deletes a member after confirmation', async () => {
    const core = openCore();
    await openMember(core, 'Lê Thị Bình');
    fireEvent.click(screen.getByTestId('member-delete'));
    const ok = await screen.findByTestId('member-delete-ok');
    await act(async () => {
      fireEvent.click(ok);
    });
    await waitFor(() => expect(core.callsOf('members.delete')).toEqual([{ id: 'binh' }]));
    await waitFor(() => expect(screen.getAllByTestId('member-row')).toHaveLength(2));
  });
});
