// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CallError } from '../../src/renderer/api/call';
import { errorText, fieldErrors } from '../../src/renderer/common/errors';
import { createI18n } from '../../src/renderer/i18n';
import { ERROR_CODES, AppError } from '../../src/shared/errors';
import { EMPTY_PROFILE, createFakeCore } from './fakeCore';
import { renderApp } from './setup';

const t = createI18n('vi').t;

describe('error translation', () => {
  it('has a Vietnamese and an English sentence for every contract error code', () => {
    const en = createI18n('en').t;
    for (const code of ERROR_CODES) {
      const err = new CallError({ code, message: 'x' });
      expect(errorText(t, err)).not.toBe(`errors.${code}`);
      expect(errorText(en, err)).not.toBe(errorText(t, err));
    }
  });

  it('maps VALIDATION issues to fields and keeps the rest as a general message', () => {
    const err = new CallError({
      code: 'VALIDATION',
      message: 'x',
      details: [
        { path: ['email'], code: 'invalid_format', format: 'email', message: 'Invalid email' },
        { path: ['name'], code: 'too_big', maximum: 300, message: 'Too big' },
        { path: ['term'], message: 'Nhiệm kỳ không hợp lệ' },
        { path: ['nonsense'], message: 'Trường lạ' },
      ],
    });
    const fe = fieldErrors(t, err, ['email', 'name', 'term']);
    expect(fe.fields).toEqual({
      email: ['Địa chỉ email không hợp lệ.'],
      name: ['Tối đa 300 ký tự.'],
      term: ['Nhiệm kỳ không hợp lệ'],
    });
    expect(fe.general).toContain('Trường lạ');
  });

  it('puts WRONG_SECRET under the field it belongs to', () => {
    const fe = fieldErrors(t, new CallError({ code: 'WRONG_SECRET', message: 'x' }), ['passphrase'], {
      WRONG_SECRET: 'passphrase',
    });
    expect(fe).toEqual({ fields: { passphrase: ['Sai mật khẩu. Vui lòng thử lại.'] }, general: null });
  });

  it('names a lost connection plainly', () => {
    const err = new CallError({ code: 'INTERNAL', message: 'x', details: { transport: 'disconnected' } });
    expect(errorText(t, err)).toBe('Mất kết nối với lõi ứng dụng.');
  });

  it('shows VALIDATION details from the core under the matching profile fields', async () => {
    const core = createFakeCore({
      vault: 'unlocked',
      passphrase: 'x'.repeat(8),
      profile: { ...EMPTY_PROFILE, name: 'CĐCS ABC' },
    });
    core.handlers['org.update'] = () => {
      throw new AppError('VALIDATION', 'Dữ liệu không hợp lệ', [
        { path: ['phone'], message: 'Số điện thoại không hợp lệ' },
      ]);
    };
    window.history.replaceState(null, '', '#/settings/org');
    renderApp(core.raw);
    const phone = await screen.findByTestId('org-phone');
    fireEvent.change(phone, { target: { value: 'abc' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('org-save'));
    });
    const msg = await screen.findByText('Số điện thoại không hợp lệ');
    expect(msg.closest('.ant-form-item')?.querySelector('[data-testid="org-phone"]')).toBeTruthy();
    // Everything was placed under a field: no general error box.
    expect(document.querySelector('.ant-alert-error')).toBeNull();
  });
});
