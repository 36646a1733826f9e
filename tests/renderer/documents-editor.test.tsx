// @vitest-environment jsdom
/**
 * The document editor: the fields form → docs.save; autosave once per pause in typing and never during an IME
 * composition; saving when the page is hidden; issuing shows the number; an issued document says edits make a new
 * version; old versions are read-only; the live preview; downloads.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentsPage } from '../../src/renderer/documents/DocumentsPage';
import type { DocumentModel } from '../../src/shared/document-model';
import { AppError } from '../../src/shared/errors';
import { EMPTY_PROFILE, createFakeCore } from './fakeCore';
import { baseFields, installFakeDocs, para, polyfillEditorLayout } from './fakeDocs';
import { renderWithProviders } from './setup';

polyfillEditorLayout();

const MODEL: DocumentModel = {
  fields: baseFields(),
  body: { type: 'doc', content: [para('Ban Chấp hành trân trọng kính mời.')] },
};

function setup(opts: { issued?: number; versions?: number; model?: DocumentModel } = {}) {
  const core = createFakeCore({
    vault: 'unlocked',
    passphrase: 'x'.repeat(8),
    profile: { ...EMPTY_PROFILE, name: 'CĐCS Dệt may', chairName: 'Nguyễn Thị Hằng' },
  });
  const docs = installFakeDocs(core);
  const model = opts.model ?? MODEL;
  const doc = docs.add(model, {
    issued: opts.issued,
    versions: opts.versions
      ? Array.from({ length: opts.versions }, (_, i) => ({ type: 'doc', content: [para(`Bản ${i + 1}`)] }))
      : undefined,
  });
  return { core, docs, doc };
}

async function openEditor(core: ReturnType<typeof setup>['core'], id: string) {
  renderWithProviders(createElement(DocumentsPage, { sub: id, onSub: () => {} }), core.raw);
  const editor = await screen.findByTestId('doc-editor');
  const body = await within(editor).findByTestId('doc-body');
  return { editor, body, tiptap: (body as unknown as { editor: Editor }).editor };
}

const saves = (core: ReturnType<typeof setup>['core']) =>
  core.callsOf('docs.save') as { id: string; fields: DocumentModel['fields']; body: DocumentModel['body'] }[];
const statusText = () => (screen.getByTestId('doc-autosave-status').textContent ?? '').trim();
const sleep = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

afterEach(() => vi.restoreAllMocks());

describe('fields form', () => {
  it('sends the edited official fields and the sanitised body to docs.save', async () => {
    const { core, doc } = setup();
    const { tiptap } = await openEditor(core, doc.id);
    await waitFor(() =>
      expect((screen.getByTestId('doc-field-summary') as HTMLTextAreaElement).value).toBe('Hội nghị tổng kết năm 2025'),
    );
    fireEvent.change(screen.getByTestId('doc-field-summary'), { target: { value: 'Hội nghị giữa nhiệm kỳ' } });
    fireEvent.change(screen.getByTestId('doc-field-issuerCode'), { target: { value: 'CĐCS-VP' } });
    fireEvent.change(screen.getByTestId('doc-field-recipients'), {
      target: { value: 'Như trên;\n\nBan Giám đốc;\nLưu: VT.' },
    });
    fireEvent.click(screen.getByTestId('doc-signer-add'));
    fireEvent.change(await screen.findByTestId('doc-field-signers-0-position'), { target: { value: 'THƯ KÝ' } });
    fireEvent.change(screen.getByTestId('doc-field-signers-0-name'), { target: { value: 'Trần Thị Mai' } });
    act(() => {
      tiptap
        .chain()
        .focus('end')
        .insertContent(' Xin cảm ơn.')
        .setImage({ src: 'data:image/png;base64,iVBORw0KGgo=', title: 'x' })
        .run();
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId('doc-save'));
    });
    await waitFor(() => expect(saves(core).length).toBeGreaterThan(0));
    const last = saves(core).at(-1)!;
    expect(last.fields).toEqual({
      ...baseFields(),
      summary: 'Hội nghị giữa nhiệm kỳ',
      issuerCode: 'CĐCS-VP',
      recipients: ['Như trên;', 'Ban Giám đốc;', 'Lưu: VT.'],
      signers: [
        { authority: '', position: 'THƯ KÝ', name: 'Trần Thị Mai' },
        { authority: 'TM. BAN CHẤP HÀNH', position: 'CHỦ TỊCH', name: 'Nguyễn Thị Hằng' },
      ],
    });
    expect(last.body).toEqual({
      type: 'doc',
      content: [
        para('Ban Chấp hành trân trọng kính mời. Xin cảm ơn.'),
        { type: 'image', attrs: { src: 'data:image/png;base64,iVBORw0KGgo=' } },
      ],
    });
    await waitFor(() => expect(statusText()).toMatch(/^Đã lưu lúc \d{2}:\d{2}:\d{2}$/));
  });

  it('puts the core’s VALIDATION issues under the fields and says it was not saved', async () => {
    const { core, doc } = setup();
    core.handlers['docs.save'] = () => {
      throw new AppError('VALIDATION', 'Dữ liệu không hợp lệ.', [
        { path: ['fields', 'signers', '0', 'name'], message: 'Quá dài' },
      ]);
    };
    await openEditor(core, doc.id);
    fireEvent.change(await screen.findByTestId('doc-field-place'), { target: { value: 'Hải Phòng' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('doc-save'));
    });
    await waitFor(() =>
      expect(screen.getByTestId('doc-field-signers-0-name').closest('.ant-form-item')!.textContent).toContain(
        'Quá dài',
      ),
    );
    expect(statusText()).toContain('Chưa lưu được');
  });
});

describe('autosave', () => {
  it('saves a draft once, ~1.5 s after the last change, and shows the time', async () => {
    const { core, doc } = setup();
    const { tiptap } = await openEditor(core, doc.id);
    await sleep(50);
    expect(statusText()).toBe('Tự động lưu khi bạn gõ');
    for (const ch of ['T', 'r', 'ư', 'ờ', 'n', 'g']) {
      act(() => {
        tiptap.chain().focus('end').insertContent(ch).run();
      });
      await sleep(200);
    }
    expect(saves(core)).toHaveLength(0);
    expect(statusText()).toBe('Có thay đổi, sắp lưu…');
    await waitFor(() => expect(saves(core)).toHaveLength(1), { timeout: 4000 });
    expect(saves(core)[0].body.content[0]).toEqual(para('Ban Chấp hành trân trọng kính mời.Trường'));
    await waitFor(() => expect(statusText()).toMatch(/^Đã lưu lúc \d{2}:\d{2}:\d{2}$/));
    await sleep(1800);
    expect(saves(core)).toHaveLength(1);
  });

  it('does not save while an IME composition is open; saves once after it ends', async () => {
    const { core, doc } = setup();
    const { body, tiptap } = await openEditor(core, doc.id);
    act(() => {
      tiptap.commands.focus('end');
      fireEvent.compositionStart(body, { data: '' });
    });
    expect(tiptap.view.composing).toBe(true);
    // What the IME shows while composing ("ươ" on its way to "Trường") changes the document…
    act(() => {
      tiptap.commands.insertContent(' Trươ');
    });
    await sleep(2200);
    // …but nothing is saved while the composition is open.
    expect(saves(core)).toHaveLength(0);
    expect(statusText()).toBe('Có thay đổi, sắp lưu…');
    act(() => {
      tiptap.commands.insertContent('ờng');
      fireEvent.compositionEnd(body, { data: 'ường' });
    });
    await waitFor(() => expect(saves(core)).toHaveLength(1), { timeout: 4000 });
    expect(saves(core)[0].body.content[0]).toEqual(para('Ban Chấp hành trân trọng kính mời. Trươờng'));
    await sleep(1800);
    expect(saves(core)).toHaveLength(1);
  });

  it('sends unsaved text at once when the page is hidden or reloaded, before the app locks the vault', async () => {
    const { core, doc } = setup();
    const { tiptap } = await openEditor(core, doc.id);
    const lock = vi.fn(() => {
      core.calls.push({ name: 'vault.lock', input: {} });
    });
    window.addEventListener('pagehide', lock); // what lockOnLeave does
    act(() => {
      tiptap.chain().focus('end').insertContent(' Lưu gấp').run();
    });
    window.dispatchEvent(new Event('pagehide'));
    window.removeEventListener('pagehide', lock);
    const names = core.calls.map((c) => c.name);
    expect(names.indexOf('docs.save')).toBeGreaterThan(-1);
    expect(names.indexOf('docs.save')).toBeLessThan(names.indexOf('vault.lock'));
    expect(saves(core)[0].body.content[0]).toEqual(para('Ban Chấp hành trân trọng kính mời. Lưu gấp'));
    // Nothing is kept in localStorage.
    expect(Object.keys(window.localStorage)).toEqual([]);
  });

  it('saves a draft at once when the focus leaves it (the lock button, another page)', async () => {
    const { core, doc } = setup();
    const { body, tiptap } = await openEditor(core, doc.id);
    act(() => {
      tiptap.chain().focus('end').insertContent(' rồi khoá').run();
    });
    fireEvent.focusOut(body);
    expect(saves(core)).toHaveLength(1);
    await waitFor(() => expect(statusText()).toMatch(/^Đã lưu lúc/));
    await sleep(1800);
    expect(saves(core)).toHaveLength(1);
  });

  it('an issued document never saves by itself', async () => {
    const { core, doc } = setup({ issued: 3 });
    const { tiptap } = await openEditor(core, doc.id);
    act(() => {
      tiptap.chain().focus('end').insertContent(' sửa').run();
    });
    await sleep(2000);
    expect(saves(core)).toHaveLength(0);
    expect(statusText()).toBe('Có thay đổi chưa lưu');
  });
});

describe('issuing and versions', () => {
  it('issues after confirmation and shows the assigned number', async () => {
    const { core, doc } = setup();
    await openEditor(core, doc.id);
    expect(screen.getByTestId('doc-number').textContent).toBe('Dự thảo (chưa cấp số)');
    fireEvent.click(screen.getByTestId('doc-issue'));
    const ok = await screen.findByTestId('doc-issue-ok');
    expect(document.body.textContent).toContain('cấp số tiếp theo của Giấy mời năm 2026');
    await act(async () => {
      fireEvent.click(ok);
    });
    await waitFor(() => expect(core.callsOf('docs.issue')).toEqual([{ id: doc.id }]));
    expect((await screen.findByTestId('doc-issued-number')).textContent).toBe('Văn bản đã được cấp số 01/GM-CĐCS.');
    await waitFor(() => expect(screen.getByTestId('doc-number').textContent).toBe('Số 01/GM-CĐCS'));
    expect(screen.getByTestId('doc-issued-alert').textContent).toContain('phiên bản mới');
    expect(screen.queryByTestId('doc-issue')).toBeNull();
    // Issuing added the number to the fields, but nothing on screen is unsaved.
    expect(statusText()).not.toContain('chưa lưu');
  });

  it('puts a refused issue (no summary) under the summary field', async () => {
    const { core, doc } = setup({ model: { ...MODEL, fields: baseFields({ summary: '' }) } });
    await openEditor(core, doc.id);
    fireEvent.click(screen.getByTestId('doc-issue'));
    await act(async () => {
      fireEvent.click(await screen.findByTestId('doc-issue-ok'));
    });
    await waitFor(() =>
      expect(screen.getByTestId('doc-field-summary').closest('.ant-form-item')!.textContent).toContain('Bắt buộc'),
    );
    expect(screen.getByTestId('doc-number').textContent).toBe('Dự thảo (chưa cấp số)');
  });

  it('an issued document says edits make a new version; saving does; old versions open read-only', async () => {
    const { core, doc } = setup({ issued: 7, versions: 2 });
    const { tiptap } = await openEditor(core, doc.id);
    expect(screen.getByTestId('doc-issued-alert').textContent).toContain('Văn bản đã ban hành, số 07/GM-CĐCS');
    expect(screen.getByTestId('doc-save').textContent).toBe('Lưu phiên bản mới');
    expect(screen.getByTestId('doc-field-type').closest('.ant-select')!.className).toContain('disabled');
    act(() => {
      tiptap.chain().focus('end').insertContent(' (sửa lần 3)').run();
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId('doc-save'));
    });
    await waitFor(() => expect(saves(core)).toHaveLength(1));
    expect(await screen.findByText('Đã lưu phiên bản 3.')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('doc-version').textContent).toContain('Phiên bản 3 (hiện hành)'));

    fireEvent.mouseDown(within(screen.getByTestId('doc-version')).getByRole('combobox'));
    const v1 = await waitFor(() => {
      const o = [...document.querySelectorAll('.ant-select-item-option-content')].find((x) =>
        x.textContent?.startsWith('Phiên bản 1'),
      );
      if (!o) throw new Error('no option');
      return o;
    });
    await act(async () => {
      fireEvent.click(v1);
    });
    await waitFor(() => expect(core.callsOf('docs.get').at(-1)).toEqual({ id: doc.id, version: 1 }));
    expect((await screen.findByTestId('doc-old-version')).textContent).toContain('Đang xem phiên bản 1 (chỉ đọc)');
    const body = await screen.findByTestId('doc-body');
    await waitFor(() => expect(body.textContent).toBe('Bản 1'));
    expect(body.getAttribute('contenteditable')).toBe('false');
    expect(screen.queryByTestId('doc-save')).toBeNull();
    expect(screen.queryByTestId('doc-toolbar')).toBeNull();

    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    URL.createObjectURL = vi.fn(() => 'blob:fake');
    URL.revokeObjectURL = vi.fn();
    await act(async () => {
      fireEvent.click(screen.getByTestId('doc-download-pdf'));
    });
    await waitFor(() => expect(core.callsOf('docs.render')).toEqual([{ id: doc.id, format: 'pdf', version: 1 }]));
    expect(click).toHaveBeenCalled();
  });
});

describe('preview and files', () => {
  it('shows the core’s HTML in a frame that runs no scripts, and follows the typing', async () => {
    const { core, doc } = setup();
    const { tiptap } = await openEditor(core, doc.id);
    const frame = (await screen.findByTestId('doc-preview')) as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).not.toContain('allow-scripts');
    expect(frame.getAttribute('srcdoc')).toContain('Ban Chấp hành trân trọng kính mời.');
    act(() => {
      tiptap.chain().focus('end').insertContent(' Nguyễn Văn Đức').run();
    });
    await waitFor(
      () =>
        expect((screen.getByTestId('doc-preview') as HTMLIFrameElement).getAttribute('srcdoc')).toContain(
          'Nguyễn Văn Đức',
        ),
      { timeout: 3000 },
    );
    const previews = core.callsOf('docs.preview') as { format: string }[];
    expect(previews.every((p) => p.format === 'html')).toBe(true);
  });

  it('downloads the .docx of a draft after saving it', async () => {
    const { core, doc } = setup();
    const { tiptap } = await openEditor(core, doc.id);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    let blob: Blob | null = null;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:fake';
    });
    URL.revokeObjectURL = vi.fn();
    act(() => {
      tiptap.chain().focus('end').insertContent(' Thêm.').run();
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId('doc-download-docx'));
    });
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(core.calls.map((c) => c.name).filter((n) => n === 'docs.save' || n === 'docs.render')).toEqual([
      'docs.save',
      'docs.render',
    ]);
    expect(core.callsOf('docs.render')).toEqual([{ id: doc.id, format: 'docx' }]);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob!);
    });
    expect(text).toContain('Thêm.');
  });

  it('deletes a draft after confirmation and returns to the register', async () => {
    const { core, doc } = setup();
    const onTab = vi.fn();
    renderWithProviders(createElement(DocumentsPage, { sub: doc.id, onSub: onTab }), core.raw);
    fireEvent.click(await screen.findByTestId('doc-delete'));
    await act(async () => {
      fireEvent.click(await screen.findByTestId('doc-delete-ok'));
    });
    await waitFor(() => expect(core.callsOf('docs.delete')).toEqual([{ id: doc.id }]));
    await waitFor(() => expect(onTab).toHaveBeenCalledWith(undefined));
  });
});
