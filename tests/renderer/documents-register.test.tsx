// @vitest-environment jsdom
/** Sổ văn bản đi: the list, search and filters, export (the template picker: documents-template-picker.test.tsx). */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DocumentsPage } from '../../src/renderer/documents/DocumentsPage';
import { documentsEn } from '../../src/renderer/documents/i18n/en';
import { documentsVi } from '../../src/renderer/documents/i18n/vi';
import { EMPTY_PROFILE, createFakeCore } from './fakeCore';
import { baseFields, installFakeDocs, para } from './fakeDocs';
import { renderWithProviders } from './setup';

function setup() {
  const core = createFakeCore({
    vault: 'unlocked',
    passphrase: 'x'.repeat(8),
    profile: { ...EMPTY_PROFILE, name: 'CĐCS Dệt may', chairName: 'Nguyễn Thị Hằng' },
  });
  const docs = installFakeDocs(core);
  return { core, docs };
}

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('documents i18n', () => {
  it('has the same keys in Vietnamese and English, none empty', () => {
    expect(keys(documentsEn).sort()).toEqual(keys(documentsVi).sort());
    const values = (o: unknown): unknown[] => (typeof o === 'object' && o ? Object.values(o).flatMap(values) : [o]);
    expect(values(documentsVi).filter((v) => v === '')).toEqual([]);
    expect(values(documentsEn).filter((v) => v === '')).toEqual([]);
  });
});

describe('register of outgoing documents', () => {
  it('lists documents with number, dd/mm/yyyy date, type, summary, signer, version and status', async () => {
    const { core, docs } = setup();
    docs.add(
      {
        fields: baseFields({ type: 'BB', summary: 'Họp Ban Chấp hành tháng 02', date: '2026-02-05' }),
        body: { type: 'doc', content: [para('Nội dung')] },
      },
      {
        issued: 7,
        versions: [
          { type: 'doc', content: [] },
          { type: 'doc', content: [] },
        ],
      },
    );
    docs.add({
      fields: baseFields({ summary: 'Hội nghị tổng kết', date: '2026-01-16' }),
      body: { type: 'doc', content: [] },
    });
    renderWithProviders(createElement(DocumentsPage), core.raw);
    await screen.findByTestId('docs-register');
    await waitFor(() => expect(screen.getAllByTestId('doc-row')).toHaveLength(2));
    const [draft, issued] = screen
      .getAllByTestId('doc-row')
      .map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(issued).toEqual([
      '07/BB-CĐCS',
      '05/02/2026',
      'Biên bản',
      'Họp Ban Chấp hành tháng 02',
      'Nguyễn Thị Hằng',
      '2',
      'Đã ban hành',
    ]);
    expect(draft).toEqual([
      'Chưa cấp số',
      '16/01/2026',
      'Giấy mời',
      'Hội nghị tổng kết',
      'Nguyễn Thị Hằng',
      '1',
      'Dự thảo',
    ]);
    expect(screen.getByTestId('docs-count').textContent).toBe('Có 2 văn bản');
  });

  it('searches as you type (the core ignores diacritics) and filters by type and status', async () => {
    const { core, docs } = setup();
    docs.add(
      { fields: baseFields({ type: 'BB', summary: 'Họp Ban Chấp hành' }), body: { type: 'doc', content: [] } },
      { issued: 1 },
    );
    docs.add({ fields: baseFields({ summary: 'Hội nghị tổng kết' }), body: { type: 'doc', content: [] } });
    renderWithProviders(createElement(DocumentsPage), core.raw);
    await waitFor(() => expect(screen.getAllByTestId('doc-row')).toHaveLength(2));
    fireEvent.change(screen.getByTestId('docs-search'), { target: { value: 'hop ban chap' } });
    await waitFor(() => expect(screen.getAllByTestId('doc-row')).toHaveLength(1));
    expect(core.callsOf('docs.list').at(-1)).toEqual({ query: 'hop ban chap' });
    expect(screen.getByTestId('docs-count').textContent).toBe('Tìm thấy 1 văn bản');
    fireEvent.change(screen.getByTestId('docs-search'), { target: { value: '' } });
    await waitFor(() => expect(screen.getAllByTestId('doc-row')).toHaveLength(2));

    fireEvent.mouseDown(within(screen.getByTestId('docs-filter-status')).getByRole('combobox'));
    const option = await screen.findByText('Dự thảo', { selector: '.ant-select-item-option-content' });
    await act(async () => {
      fireEvent.click(option);
    });
    await waitFor(() => expect(core.callsOf('docs.list').at(-1)).toEqual({ status: 'draft' }));
    await waitFor(() => expect(screen.getAllByTestId('doc-row')).toHaveLength(1));
  });

  it('finds a document type typed without diacritics, keeps the other filters, and clears them all at once', async () => {
    const { core, docs } = setup();
    docs.add({ fields: baseFields({ type: 'BB', summary: 'Họp Ban Chấp hành' }), body: { type: 'doc', content: [] } });
    docs.add({ fields: baseFields({ summary: 'Hội nghị tổng kết' }), body: { type: 'doc', content: [] } });
    renderWithProviders(createElement(DocumentsPage), core.raw);
    await waitFor(() => expect(screen.getAllByTestId('doc-row')).toHaveLength(2));
    expect(screen.queryByTestId('docs-filter-clear')).toBeNull();

    const typeBox = within(screen.getByTestId('docs-filter-type')).getByRole('combobox');
    fireEvent.mouseDown(typeBox);
    fireEvent.change(typeBox, { target: { value: 'bien ban' } });
    const option = await screen.findByText('Biên bản', { selector: '.ant-select-item-option-content' });
    expect(document.querySelectorAll('.ant-select-item-option')).toHaveLength(1);
    await act(async () => {
      fireEvent.click(option);
    });
    await waitFor(() => expect(core.callsOf('docs.list').at(-1)).toEqual({ type: 'BB' }));
    fireEvent.mouseDown(within(screen.getByTestId('docs-filter-status')).getByRole('combobox'));
    await act(async () => {
      fireEvent.click(await screen.findByText('Dự thảo', { selector: '.ant-select-item-option-content' }));
    });
    await waitFor(() => expect(core.callsOf('docs.list').at(-1)).toEqual({ type: 'BB', status: 'draft' }));

    await act(async () => {
      fireEvent.click(screen.getByTestId('docs-filter-clear'));
    });
    await waitFor(() => expect(core.callsOf('docs.list').at(-1)).toEqual({}));
    await waitFor(() => expect(screen.getAllByTestId('doc-row')).toHaveLength(2));
    expect(screen.queryByTestId('docs-filter-clear')).toBeNull();
  });

  it('exports the register to .xlsx through a download', async () => {
    const { core, docs } = setup();
    docs.add({ fields: baseFields(), body: { type: 'doc', content: [] } }, { issued: 1 });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    URL.createObjectURL = vi.fn(() => 'blob:fake');
    URL.revokeObjectURL = vi.fn();
    renderWithProviders(createElement(DocumentsPage), core.raw);
    await screen.findAllByTestId('doc-row');
    await act(async () => {
      fireEvent.click(screen.getByTestId('docs-export'));
    });
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(core.callsOf('docs.exportRegister')).toEqual([{}]);
    expect(await screen.findByText(/Đã xuất sổ văn bản đi: 1 văn bản/)).toBeTruthy();
    click.mockRestore();
  });
});
