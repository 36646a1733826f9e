/**
 * The pooled SMTP transport and what an SMTP error means for a campaign: a temporary failure (retry later), a
 * permanent one (never retried), or a fault of the account (authentication, TLS) that pauses the whole campaign.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { SmtpConfig } from '../../shared/mail-contract';

export interface TransportOptions {
  maxConnections?: number;
  /** Seconds before a connection attempt or a silent server is given up (tests shorten it). */
  timeoutSeconds?: number;
}

export function createMailTransport(
  config: SmtpConfig,
  password: string | null,
  opts: TransportOptions = {},
): Transporter {
  const timeout = (opts.timeoutSeconds ?? 60) * 1000;
  return nodemailer.createTransport({
    pool: true,
    host: config.host,
    port: config.port,
    secure: config.security === 'tls',
    requireTLS: config.security === 'starttls',
    ignoreTLS: config.security === 'none',
    auth: config.user ? { user: config.user, pass: password ?? '' } : undefined,
    maxConnections: opts.maxConnections ?? config.maxConnections,
    maxMessages: config.messagesPerConnection,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout * 2,
    logger: false,
    debug: false,
  });
}

export type SmtpFailure = 'temp' | 'perm' | 'auth' | 'tls';

export interface ClassifiedError {
  kind: SmtpFailure;
  /** The server's answer, or ours in Vietnamese; never the password. */
  response: string;
}

interface MailError {
  code?: string;
  responseCode?: number;
  response?: string;
  permanent?: boolean;
  message?: string;
}

const TLS_CODE = /^(ETLS|ERR_TLS|ERR_SSL|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_)/;

/** What went wrong with TLS, as the secretary can pass it on to whoever runs the mail server. */
function tlsSentence(detail: string): string {
  if (/certificate|self[- ]signed|CERT_|issuer/i.test(detail)) {
    return (
      'Chứng chỉ bảo mật của máy chủ thư không được tin cậy: kiểm tra tên máy chủ trong Cài đặt → Email, ' +
      `hoặc báo người quản trị máy chủ thư. (${detail})`
    );
  }
  if (/STARTTLS/i.test(detail)) {
    return (
      'Máy chủ thư không hỗ trợ STARTTLS trong khi cài đặt yêu cầu kết nối bảo mật: chọn đúng cổng và kiểu ' +
      `bảo mật trong Cài đặt → Email. (${detail})`
    );
  }
  return `Lỗi kết nối bảo mật (TLS) với máy chủ thư: ${detail}`;
}

export function classifySmtpError(err: unknown, secret?: string | null): ClassifiedError {
  const e = (err ?? {}) as MailError;
  const code = e.code ?? '';
  const server = (e.response ?? '').trim();
  const hide = (text: string) => (secret ? text.split(secret).join('***') : text);
  if (code === 'EAUTH' || code === 'ENOAUTH' || e.responseCode === 535 || e.responseCode === 534) {
    const why = server ? ` Máy chủ trả lời: ${server}` : '';
    return { kind: 'auth', response: hide(`Đăng nhập máy chủ thư không được: sai tên hoặc mật khẩu.${why}`) };
  }
  if (TLS_CODE.test(code) || /certificate|ssl|tls/i.test(e.message ?? '')) {
    return { kind: 'tls', response: hide(tlsSentence(e.message ?? code)) };
  }
  if (typeof e.responseCode === 'number' && server) {
    const perm = e.permanent ?? (e.responseCode >= 500 && e.responseCode !== 503);
    return { kind: perm ? 'perm' : 'temp', response: hide(server) };
  }
  if (code === 'ECONNECTION' || code === 'ESOCKET' || code === 'ETIMEDOUT' || code === 'EDNS') {
    return { kind: 'temp', response: hide(`Mất kết nối với máy chủ thư (${code}): ${e.message ?? ''}`.trim()) };
  }
  return { kind: 'temp', response: hide(`Lỗi gửi thư: ${e.message ?? code ?? 'không rõ'}`) };
}

/** "Kiểm tra kết nối": a Vietnamese sentence either way. */
export async function verifyTransport(transport: Transporter, secret: string | null) {
  try {
    await transport.verify();
    return { ok: true, message: 'Kết nối và đăng nhập máy chủ thư thành công.' };
  } catch (err) {
    return { ok: false, message: classifySmtpError(err, secret).response };
  } finally {
    transport.close();
  }
}
