// @vitest-environment jsdom
/**
 * "Tạo văn bản": the template picker → docs.create with the form's variables. Examples are only grey hints; a list of
 * people takes members from the register; the form and the core name what is missing.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { DocumentsPage } from '../../src/renderer/documents/DocumentsPage';
import { EMPTY_PROFILE, createFakeCore } from './fakeCore';
import { installFakeDocs } from './fakeDocs';
import { makeMember } from './fakeMembers';
import { renderWithProviders } from './setup';

function setup() {
  const core = createFakeCore({
    vault: 'unlocked',
    passphrase: 'x'.repeat(8),
    profile: { ...EMPTY_PROFILE, name: 'CĐCS Dệt may', chairName: 'Nguyễn Thị Hằng' },
  });
  return { core, docs: installFakeDocs(core) };
}

function typeDate(input: HTMLElement, value: string) {
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
}

describe('template picker', () => {
  it('lists the templates, shows the examples only as grey hints, creates the draft from what was typed', async () => {
    const { core } = setup();
    renderWithProviders(createElement(DocumentsPage), core.raw);
    fireEvent.click(await screen.findByTestId('docs-new'));
    const picker = await screen.findByTestId('template-picker');
    await within(picker).findByTestId('template-giay-moi');
    expect(within(picker).getByTestId('template-danh-sach').textContent).toContain('Danh sách');
    expect(within(picker).getByTestId('template-hong').textContent).toContain('Mẫu đang lỗi');
    expect((screen.getByTestId('template-create') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(picker).getByTestId('template-giay-moi'));
    const invitee = (await screen.findByTestId('template-var-invitee')) as HTMLInputElement;
    expect(invitee.value).toBe('');
    expect(invitee.placeholder).toBe('VD: Đồng chí Trần Minh Tuấn');
    expect((screen.getByTestId('template-var-event.date') as HTMLInputElement).value).toBe('');
    expect(screen.queryByTestId('template-var-org.name')).toBeNull();
    fireEvent.change(invitee, { target: { value: 'Bà Lê Thị Mai' } });
    fireEvent.change(screen.getByTestId('template-var-event.name'), { target: { value: 'Hội nghị người lao động' } });
    typeDate(screen.getByTestId('template-var-event.date'), '20/03/2026');
    await act(async () => {
      fireEvent.click(screen.getByTestId('template-create'));
    });
    await waitFor(() =>
      expect(core.callsOf('docs.create')).toEqual([
        {
          templateId: 'giay-moi',
          data: { invitee: 'Bà Lê Thị Mai', 'event.name': 'Hội nghị người lao động', 'event.date': '2026-03-20' },
        },
      ]),
    );
    const editor = await screen.findByTestId('doc-editor');
    await waitFor(() =>
      expect(within(editor).getByTestId('doc-body').textContent).toContain('Kính mời: Bà Lê Thị Mai'),
    );
  });

  it('a list of people starts empty and takes members from the register, every row in view', async () => {
    const { core } = setup();
    core.state.members = [
      makeMember({ fullName: 'Nguyễn Thị Lan', unit: 'Tổ công đoàn Phân xưởng Cắt', position: 'Tổ trưởng' }),
      makeMember({ fullName: 'Trần Văn Bình', unit: 'Tổ công đoàn Kho vận' }),
      makeMember({ fullName: 'Lê Văn Cường', unit: 'Tổ công đoàn Kho vận' }),
    ];
    renderWithProviders(createElement(DocumentsPage), core.raw);
    fireEvent.click(await screen.findByTestId('docs-new'));
    fireEvent.click(await screen.findByTestId('template-danh-sach'));
    const budget = (await screen.findByTestId('template-var-budget')) as HTMLInputElement;
    expect([budget.value, budget.placeholder]).toEqual(['', 'VD: 1.250.000']);
    expect((screen.getByTestId('template-var-notes') as HTMLTextAreaElement).placeholder).toBe('VD: Một\nHai');
    expect(screen.queryAllByTestId('template-var-members-row')).toHaveLength(0);

    const pick = async (typed: string, name: string) => {
      const box = within(screen.getByTestId('template-var-members-pick')).getByRole('combobox');
      fireEvent.mouseDown(box);
      fireEvent.change(box, { target: { value: typed } });
      const option = await screen.findByText(
        (_, el) => !!el?.matches('.ant-select-item-option-content') && el.textContent!.startsWith(name),
      );
      await act(async () => {
        fireEvent.click(option);
      });
    };
    await pick('lan', 'Nguyễn Thị Lan');
    await pick('binh', 'Trần Văn Bình');
    const rows = screen.getAllByTestId('template-var-members-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByLabelText('Họ và tên')).toHaveProperty('value', 'Nguyễn Thị Lan');
    expect(within(rows[0]!).getByLabelText('Họ và tên')).toHaveProperty('placeholder', 'Nguyễn Văn An');
    // No inner scroll clips the rows: the form has no height limit of its own.
    expect(screen.getByTestId('template-form-danh-sach').closest('.ud-template-form')).not.toBeNull();
    fireEvent.change(screen.getByTestId('template-var-subject'), { target: { value: 'Đoàn viên nhận quà 8/3' } });
    fireEvent.change(budget, { target: { value: '700000' } });
    fireEvent.blur(budget);
    fireEvent.change(within(rows[1]!).getByLabelText('Số tiền (đồng)'), { target: { value: '300000' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('template-create'));
    });
    await waitFor(() =>
      expect(core.callsOf('docs.create')[0]).toEqual({
        templateId: 'danh-sach',
        data: {
          subject: 'Đoàn viên nhận quà 8/3',
          budget: 700000,
          members: [
            { fullName: 'Nguyễn Thị Lan', amount: null },
            { fullName: 'Trần Văn Bình', amount: 300000 },
          ],
        },
      }),
    );
  });

  it('puts the core’s missing variables under their fields and names what the union profile lacks', async () => {
    const core = createFakeCore({
      vault: 'unlocked',
      passphrase: 'x'.repeat(8),
      profile: { ...EMPTY_PROFILE, name: 'CĐCS Dệt may' },
    });
    installFakeDocs(core);
    renderWithProviders(createElement(DocumentsPage), core.raw);
    fireEvent.click(await screen.findByTestId('docs-new'));
    fireEvent.click(await screen.findByTestId('template-giay-moi'));
    await screen.findByTestId('template-var-invitee');
    fireEvent.change(screen.getByTestId('template-var-event.name'), { target: { value: 'Hội nghị' } });
    typeDate(screen.getByTestId('template-var-event.date'), '20/03/2026');
    await act(async () => {
      fireEvent.click(screen.getByTestId('template-create'));
    });
    // The form itself asks first.
    await waitFor(() =>
      expect(screen.getByTestId('template-var-invitee').closest('.ant-form-item')!.textContent).toContain(
        'Vui lòng nhập mục này.',
      ),
    );
    expect(core.callsOf('docs.create')).toEqual([]);
    fireEvent.change(screen.getByTestId('template-var-invitee'), { target: { value: 'Ông B' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('template-create'));
    });
    expect((await screen.findByTestId('template-error')).textContent).toContain(
      'Hồ sơ công đoàn còn thiếu: họ tên Chủ tịch',
    );
    expect(screen.queryByTestId('doc-editor')).toBeNull();
  });

  it('creates a blank document of a chosen type', async () => {
    const { core } = setup();
    renderWithProviders(createElement(DocumentsPage), core.raw);
    fireEvent.click(await screen.findByTestId('docs-new'));
    fireEvent.click(await screen.findByTestId('template-blank'));
    fireEvent.change(await screen.findByTestId('blank-summary'), { target: { value: 'Về lịch "họp" tháng 3' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('template-create'));
    });
    await waitFor(() =>
      expect(core.callsOf('docs.create')).toEqual([
        { markdown: '---\ntype: "TB"\nsummary: "Về lịch \\"họp\\" tháng 3"\n---\n' },
      ]),
    );
    await screen.findByTestId('doc-editor');
  });
});
