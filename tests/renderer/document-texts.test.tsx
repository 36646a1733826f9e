// @vitest-environment jsdom
/** Cài đặt → Thông tin công đoàn: the templates' wording (employer, Điều lệ guidance) read and saved as a setting. */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { DocumentTextsSetting } from '../../src/renderer/documents/DocumentTextsSetting';
import { EMPTY_PROFILE, createFakeCore } from './fakeCore';
import { renderWithProviders } from './setup';

describe('document wording setting', () => {
  it('shows the stored wording, saves a school’s employer and the guidance, refuses an empty one', async () => {
    const core = createFakeCore({ vault: 'unlocked', passphrase: 'x'.repeat(8), profile: EMPTY_PROFILE });
    renderWithProviders(createElement(DocumentTextsSetting), core.raw);
    const box = await screen.findByTestId('doc-texts-employer');
    const employer = (box.tagName === 'INPUT' ? box : box.querySelector('input')!) as HTMLInputElement;
    await waitFor(() => expect(employer.value).toBe('Ban Giám đốc Công ty'));
    const guidance = screen.getByTestId('doc-texts-guidance');
    fireEvent.change(guidance, { target: { value: ' ' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('doc-texts-save'));
    });
    await waitFor(() => expect(guidance.closest('.ant-form-item')!.textContent).toContain('Vui lòng nhập mục này.'));
    expect(core.callsOf('settings.update')).toEqual([]);
    fireEvent.change(employer, { target: { value: 'Ban Giám hiệu' } });
    fireEvent.change(guidance, { target: { value: 'Hướng dẫn số 99/HD-TLĐ ngày 01/02/2026' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('doc-texts-save'));
    });
    await waitFor(() =>
      expect(core.callsOf('settings.update')).toEqual([
        { documentTexts: { employer: 'Ban Giám hiệu', charterGuidance: 'Hướng dẫn số 99/HD-TLĐ ngày 01/02/2026' } },
      ]),
    );
    expect(core.state.settings.documentTexts.employer).toBe('Ban Giám hiệu');
  });
});
