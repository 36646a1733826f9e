/**
 * `uniondesk mail config|test`: the union's SMTP account. The password comes from UNIONDESK_SMTP_PASSWORD (never an
 * argument) and is never printed back: the core answers only whether one is stored.
 */
import { type Command, Option } from 'commander';
import { SMTP_PRESETS, SMTP_SECURITY } from '../../shared/mail-contract';
import type { CliFace } from '../face';
import { t } from '../i18n';
import { usageError } from '../io';
import { readSecret } from '../secrets';
import { action } from '../session';

export const SMTP_PASSWORD_ENV = 'UNIONDESK_SMTP_PASSWORD';

const en = {
  'mail.description': "the union's email account (SMTP) and a test message",
  'mail.config.description': `set the SMTP account (the password from ${SMTP_PASSWORD_ENV})`,
  'mail.config.preset': 'gmail, microsoft365 or generic (fills host, port and security)',
  'mail.config.host': 'the SMTP server',
  'mail.config.port': 'its port',
  'mail.config.security': 'none, starttls or tls',
  'mail.config.user': 'the login name',
  'mail.config.from': 'the sender address',
  'mail.config.fromName': 'the name shown beside the sender address',
  'mail.config.retryDelays': 'seconds before each retry of a temporary failure, e.g. 60,300,1800,7200',
  'mail.config.dailyQuota': 'messages in any 24 hours',
  'mail.config.rate': 'messages per second',
  'mail.config.maxConnections': 'connections at once',
  'mail.config.unsubscribeUrl': 'the https page where a member stops bulletins',
  'mail.config.saved': 'Email account saved: {host}:{port} ({security}), from {from}; password {password}.',
  'mail.config.stored': 'stored',
  'mail.config.none': 'not set',
  'mail.config.badNumber': '{option} must be a whole number (or numbers separated by commas).',
  'mail.test.description': 'send a test message ([THỬ] in the subject) to an address',
  'mail.test.to': 'the address (repeat for several)',
  'mail.test.sent': 'Test message accepted for: {accepted}. Refused: {rejected}.',
};
const vi: Partial<Record<keyof typeof en, string>> = {
  'mail.description': 'tài khoản email (SMTP) của công đoàn và thư thử',
  'mail.config.description': `cài đặt tài khoản SMTP (mật khẩu lấy từ ${SMTP_PASSWORD_ENV})`,
  'mail.config.preset': 'gmail, microsoft365 hoặc generic (điền sẵn máy chủ, cổng, bảo mật)',
  'mail.config.host': 'máy chủ SMTP',
  'mail.config.port': 'cổng',
  'mail.config.security': 'none, starttls hoặc tls',
  'mail.config.user': 'tên đăng nhập',
  'mail.config.from': 'địa chỉ người gửi',
  'mail.config.fromName': 'tên hiện bên địa chỉ người gửi',
  'mail.config.retryDelays': 'số giây chờ trước mỗi lần gửi lại khi lỗi tạm thời, ví dụ 60,300,1800,7200',
  'mail.config.dailyQuota': 'số thư tối đa trong 24 giờ',
  'mail.config.rate': 'số thư mỗi giây',
  'mail.config.maxConnections': 'số kết nối cùng lúc',
  'mail.config.unsubscribeUrl': 'trang https để đoàn viên hủy nhận bản tin',
  'mail.config.saved': 'Đã lưu tài khoản email: {host}:{port} ({security}), gửi từ {from}; mật khẩu {password}.',
  'mail.config.stored': 'đã lưu',
  'mail.config.none': 'chưa có',
  'mail.config.badNumber': '{option} phải là số nguyên (hoặc các số cách nhau bởi dấu phẩy).',
  'mail.test.description': 'gửi thư thử (tiêu đề có [THỬ]) tới một địa chỉ',
  'mail.test.to': 'địa chỉ nhận (lặp lại nếu nhiều)',
  'mail.test.sent': 'Thư thử được nhận cho: {accepted}. Bị từ chối: {rejected}.',
};

export function wholeNumbers(option: string, text: string): number[] {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.some((p) => !/^\d+$/.test(p))) throw usageError(t('mail.config.badNumber', { option }), { option });
  return parts.map(Number);
}

interface ConfigOpts {
  preset?: string;
  host?: string;
  port?: string;
  security?: string;
  user?: string;
  from?: string;
  fromName?: string;
  retryDelays?: string;
  dailyQuota?: string;
  rate?: string;
  maxConnections?: string;
  unsubscribeUrl?: string;
}

function configInput(o: ConfigOpts): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (o.preset) out.preset = o.preset;
  else if (o.host) out.preset = 'generic';
  if (o.host) out.host = o.host;
  if (o.port) out.port = wholeNumbers('--port', o.port)[0];
  if (o.security) out.security = o.security;
  if (o.user !== undefined) out.user = o.user;
  if (o.from) out.from = o.from;
  if (o.fromName !== undefined) out.fromName = o.fromName;
  if (o.retryDelays) out.retryDelays = wholeNumbers('--retry-delays', o.retryDelays);
  if (o.dailyQuota) out.dailyQuota = wholeNumbers('--daily-quota', o.dailyQuota)[0];
  if (o.rate) out.ratePerSecond = Number(o.rate);
  if (o.maxConnections) out.maxConnections = wholeNumbers('--max-connections', o.maxConnections)[0];
  if (o.unsubscribeUrl) out.unsubscribeUrl = o.unsubscribeUrl;
  const password = readSecret(undefined, SMTP_PASSWORD_ENV);
  if (password !== undefined) out.password = password;
  return out;
}

function registerMail(program: Command): void {
  const mail = program.command('mail').description(t('mail.description'));
  mail
    .command('config')
    .description(t('mail.config.description'))
    .addOption(new Option('--preset <preset>', t('mail.config.preset')).choices([...SMTP_PRESETS]))
    .option('--host <host>', t('mail.config.host'))
    .option('--port <port>', t('mail.config.port'))
    .addOption(new Option('--security <mode>', t('mail.config.security')).choices([...SMTP_SECURITY]))
    .option('--user <user>', t('mail.config.user'))
    .option('--from <address>', t('mail.config.from'))
    .option('--from-name <name>', t('mail.config.fromName'))
    .option('--retry-delays <seconds>', t('mail.config.retryDelays'))
    .option('--daily-quota <n>', t('mail.config.dailyQuota'))
    .option('--rate <n>', t('mail.config.rate'))
    .option('--max-connections <n>', t('mail.config.maxConnections'))
    .option('--unsubscribe-url <url>', t('mail.config.unsubscribeUrl'))
    .action(
      action({
        input: (_ctx, o: ConfigOpts) => configInput(o),
        run: ({ call }, input) => call('mail.setConfig', input),
        show: (c) =>
          t('mail.config.saved', {
            host: c.host,
            port: c.port,
            security: c.security,
            from: c.from,
            password: t(c.hasPassword ? 'mail.config.stored' : 'mail.config.none'),
          }),
      }),
    );
  mail
    .command('test')
    .description(t('mail.test.description'))
    .requiredOption('--to <address...>', t('mail.test.to'))
    .action(
      action({
        input: (_ctx, o: { to: string[] }) => ({ to: o.to }),
        run: ({ call }, input) => call('mail.test', input),
        show: (r) =>
          t('mail.test.sent', { accepted: r.accepted.join(', ') || '—', rejected: r.rejected.join(', ') || '—' }),
      }),
    );
}

export const mailCli = { name: 'mail', strings: { en, vi }, register: registerMail } satisfies CliFace;
