/**
 * The mail part of the in-memory core: the SMTP account (the password kept here and never answered, like the core),
 * verify answering in Vietnamese, and test sends recorded. Checked against the contract (fakeContract.ts).
 */
import type { SmtpConfig } from '../../src/shared/mail-contract';
import { AppError } from '../../src/shared/errors';
import type { FakeCore } from './fakeCore';

export interface FakeMail {
  config: SmtpConfig | null;
  password: string | null;
  tests: { to: string[]; bulletinId?: string }[];
  verifyAnswer: { ok: boolean; message: string };
}

export function installFakeMail(core: FakeCore): FakeMail {
  const mail: FakeMail = {
    config: null,
    password: null,
    tests: [],
    verifyAnswer: { ok: true, message: 'Kết nối và đăng nhập thành công.' },
  };
  const view = () => (mail.config ? { ...mail.config, hasPassword: mail.password !== null } : null);
  core.handlers['mail.getConfig'] = () => view();
  core.handlers['mail.setConfig'] = ({ password, ...fields }) => {
    const next = { ...mail.config, ...fields } as SmtpConfig;
    if (!next.host || !next.from) throw new AppError('VALIDATION', 'Cần nhập máy chủ và địa chỉ gửi.');
    mail.config = next;
    if (password !== undefined) mail.password = password;
    return view()!;
  };
  core.handlers['mail.verify'] = () => {
    if (!mail.config) throw new AppError('VALIDATION', 'Chưa cài đặt email.');
    return mail.verifyAnswer;
  };
  core.handlers['mail.test'] = (i) => {
    if (!mail.config) throw new AppError('VALIDATION', 'Chưa cài đặt email.');
    mail.tests.push(i);
    return { accepted: i.to, rejected: [], response: '250 OK' };
  };
  return mail;
}
