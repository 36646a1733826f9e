// @vitest-environment jsdom
/**
 * The official fields fold to one line once filled (so the body editor is on the first screen at 1366×768): the
 * summary names the number, date, place and signers; Sửa opens the form; an empty required field never folds; a
 * field the core refuses at issue opens the form with the error under the field; a payment list's three signers; a
 * download says the file's name.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentsPage } from '../../src/renderer/documents/DocumentsPage';
import type { DocumentModel } from '../../src/shared/document-model';
import { EMPTY_PROFILE, createFakeCore } from './fakeCore';
import { baseFields, installFakeDocs, para, polyfillEditorLayout } from './fakeDocs';
import { renderWithProviders } from './setup';

polyfillEditorLayout();

const body: DocumentModel['body'] = { type: 'doc', content: [para('Ban Chấp hành trân trọng kính mời.')] };

async function open(fields: DocumentModel['fields'], issued?: number) {
  const core = createFakeCore({
    vault: 'unlocked',
    passphrase: 'x'.repeat(8),
    profile: { ...EMPTY_PROFILE, name: 'CĐCS Dệt may', chairName: 'Nguyễn Thị Hằng' },
  });
  const docs = installFakeDocs(core);
  const doc = docs.add({ fields, body }, { issued });
  renderWithProviders(createElement(DocumentsPage, { sub: doc.id, onSub: () => {} }), core.raw);
  await screen.findByTestId('doc-editor');
  return core;
}

const card = () => screen.getByTestId('doc-fields-card');
const formHidden = () => (card().querySelector('#ud-doc-fields-body') as HTMLElement).hidden;

afterEach(() => vi.restoreAllMocks());

describe('official fields fold', () => {
  it('fold to one summary line once filled; Sửa opens them and Thu gọn folds them again', async () => {
    await open(baseFields(), 7);
    await waitFor(() => expect(card().getAttribute('data-folded')).toBe('true'));
    expect(formHidden()).toBe(true);
    const summary = screen.getByTestId('doc-fields-summary').textContent ?? '';
    expect(summary).toContain('Công đoàn cơ sở Công ty Dệt may');
    expect(summary).toContain('Giấy mời, số 07/GM-CĐCS, ngày 05/02/2026, Hà Nội');
    expect(summary).toContain('người ký: TM. BAN CHẤP HÀNH CHỦ TỊCH Nguyễn Thị Hằng');
    fireEvent.click(screen.getByTestId('doc-fields-edit'));
    await waitFor(() => expect(formHidden()).toBe(false));
    expect(screen.queryByTestId('doc-fields-summary')).toBeNull();
    fireEvent.click(screen.getByTestId('doc-fields-collapse'));
    await waitFor(() => expect(formHidden()).toBe(true));
  });

  it('stay open while a required field is empty, and after it is filled', async () => {
    await open(baseFields({ signers: [{ authority: 'TM. BAN CHẤP HÀNH', position: 'CHỦ TỊCH', name: '' }] }));
    await waitFor(() => expect(card().getAttribute('data-folded')).toBe('false'));
    expect(formHidden()).toBe(false);
    expect(screen.queryByTestId('doc-fields-edit')).toBeNull();
    fireEvent.change(screen.getByTestId('doc-field-signers-0-name'), { target: { value: 'Nguyễn Thị Hằng' } });
    await waitFor(() => expect(screen.getByTestId('doc-fields-collapse')).toBeTruthy());
    expect(formHidden()).toBe(false);
  });

  it('open with the error under the field when the core refuses one at issue', async () => {
    await open(baseFields({ summary: '' }));
    await waitFor(() => expect(formHidden()).toBe(true));
    fireEvent.click(screen.getByTestId('doc-issue'));
    await act(async () => {
      fireEvent.click(await screen.findByTestId('doc-issue-ok'));
    });
    await waitFor(() => expect(formHidden()).toBe(false));
    const item = screen.getByTestId('doc-field-summary').closest('.ant-form-item')!;
    await waitFor(() => expect(item.textContent).toContain('Bắt buộc'));
  });

  it('a payment list shows its three signers in the summary and the form, with no room for a fourth', async () => {
    const signers = [
      { authority: '', position: 'NGƯỜI LẬP', name: 'Lê Thu Hà' },
      { authority: '', position: 'KẾ TOÁN', name: 'Vũ Minh Đức' },
      { authority: 'TM. BAN CHẤP HÀNH', position: 'CHỦ TỊCH', name: 'Nguyễn Thị Hằng' },
    ];
    await open(baseFields({ type: 'DS', signers }));
    await waitFor(() => expect(formHidden()).toBe(true));
    expect(screen.getByTestId('doc-fields-summary').textContent).toContain(
      'người ký: NGƯỜI LẬP Lê Thu Hà; KẾ TOÁN Vũ Minh Đức; TM. BAN CHẤP HÀNH CHỦ TỊCH Nguyễn Thị Hằng',
    );
    fireEvent.click(screen.getByTestId('doc-fields-edit'));
    expect((screen.getByTestId('doc-field-signers-2-name') as HTMLInputElement).value).toBe('Nguyễn Thị Hằng');
    expect(screen.queryByTestId('doc-signer-add')).toBeNull();
  });

  it('a download says the name of the file it saved', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const core = await open(baseFields(), 7);
    await act(async () => {
      fireEvent.click(screen.getByTestId('doc-download-pdf'));
    });
    await waitFor(() => expect(core.callsOf('docs.render')).toHaveLength(1));
    const note = await screen.findByText(/^Đã tải về tệp .+\.pdf\.$/);
    expect(within(document.body).getByText(note.textContent!)).toBeTruthy();
  });
});
