/**
 * `uniondesk members unsubscribe EMAIL [--reason TEXT]`: stops bulletins to an address at once (a queued campaign's
 * later sends skip it too), e.g. after a member replied asking so. `members unsubscribe --replies FILE…` reads the
 * replies themselves (.eml, .mbox, the web form's .txt/.csv) through audiences.importReplies. Registered by the
 * members face (members.ts).
 */
import path from 'node:path';
import type { Command } from 'commander';
import { MB, readBounded } from '../files';
import { t } from '../i18n';
import { usageError } from '../io';
import { action } from '../session';

const en = {
  'members.unsubscribe.description':
    'stop sending bulletins to an email address, or to everyone asking so in replies (--replies); at once',
  'members.unsubscribe.email': 'the email address',
  'members.unsubscribe.reason': 'why (kept for the report), e.g. "replied asking to stop"',
  'members.unsubscribe.replies': 'read replies instead: .eml, .mbox, or .txt/.csv of tokens or links (≤ 20 files)',
  'members.unsubscribe.done': 'No more bulletins to {email}.',
  'members.unsubscribe.members': 'Members with this address: {count}.',
  'members.unsubscribe.needOne': 'Give an email address or --replies FILE…, not both.',
  'members.replies.unsubscribed': 'Unsubscribed: {count}',
  'members.replies.bounced': 'Suppressed as bounced (address does not exist): {count}',
  'members.replies.already': 'Already stopped: {count}',
  'members.replies.unmatched': 'Not acted on: {count}',
  'members.replies.viaToken': 'its token',
  'members.replies.viaSender': 'the sender asked',
};
const vi: Partial<Record<keyof typeof en, string>> = {
  'members.unsubscribe.description':
    'ngừng gửi bản tin đến một địa chỉ email, hoặc đến những ai xin ngừng trong thư trả lời (--replies); có hiệu lực ngay',
  'members.unsubscribe.email': 'địa chỉ email',
  'members.unsubscribe.reason': 'lý do (lưu cho báo cáo), ví dụ "trả lời thư xin ngừng nhận"',
  'members.unsubscribe.replies': 'đọc thư trả lời: .eml, .mbox, hoặc .txt/.csv chứa mã hay liên kết (tối đa 20 tệp)',
  'members.unsubscribe.done': 'Đã ngừng gửi bản tin đến {email}.',
  'members.unsubscribe.members': 'Số đoàn viên có địa chỉ này: {count}.',
  'members.unsubscribe.needOne': 'Cần một địa chỉ email hoặc --replies TỆP…, không dùng cả hai.',
  'members.replies.unsubscribed': 'Đã hủy đăng ký: {count}',
  'members.replies.bounced': 'Chặn vì địa chỉ không tồn tại: {count}',
  'members.replies.already': 'Đã ngừng từ trước: {count}',
  'members.replies.unmatched': 'Không xử lý: {count}',
  'members.replies.viaToken': 'theo mã hủy đăng ký',
  'members.replies.viaSender': 'người gửi xin hủy',
};
export const unsubscribeStrings = { en, vi };

interface Opts {
  reason?: string;
  replies?: string[];
}

type RepliesResult = {
  unsubscribed: { email: string; via: 'token' | 'sender' }[];
  bounced: { email: string; status: string }[];
  already: number;
  unmatched: { file: string; from: string | null; subject: string | null; reason: string }[];
};

function showReplies(r: RepliesResult): string {
  const lines = [t('members.replies.unsubscribed', { count: r.unsubscribed.length })];
  for (const u of r.unsubscribed)
    lines.push(`  ${u.email} (${t(u.via === 'token' ? 'members.replies.viaToken' : 'members.replies.viaSender')})`);
  lines.push(t('members.replies.bounced', { count: r.bounced.length }));
  for (const b of r.bounced) lines.push(`  ${b.email} (${b.status})`);
  lines.push(t('members.replies.already', { count: r.already }));
  lines.push(t('members.replies.unmatched', { count: r.unmatched.length }));
  for (const u of r.unmatched) lines.push(`  ${u.file}${u.from ? ` – ${u.from}` : ''}: ${u.reason}`);
  return lines.join('\n');
}

export function registerMemberUnsubscribe(members: Command): void {
  members
    .command('unsubscribe')
    .description(t('members.unsubscribe.description'))
    .argument('[email]', t('members.unsubscribe.email'))
    .option('--reason <text>', t('members.unsubscribe.reason'))
    .option('--replies <files...>', t('members.unsubscribe.replies'))
    .action(
      action({
        input: (_ctx, email: string | undefined, o: Opts) => {
          if (!email === !o.replies?.length) throw usageError(t('members.unsubscribe.needOne'));
          if (o.replies?.length) {
            // The core refuses a file over 25 MB in Vietnamese; reading a little more lets it say so by name.
            const files = o.replies.map((f) => ({
              fileName: path.basename(f),
              base64: readBounded(f, 26 * MB).toString('base64'),
            }));
            return { kind: 'replies' as const, files };
          }
          return { kind: 'email' as const, email: email!, ...(o.reason ? { reason: o.reason } : {}) };
        },
        run: async ({ call }, input) => {
          if (input.kind === 'replies')
            return { kind: 'replies' as const, result: await call('audiences.importReplies', { files: input.files }) };
          const { kind: _email, ...fields } = input;
          return { kind: 'email' as const, result: await call('audiences.unsubscribe', fields) };
        },
        json: (r) => r.result,
        show: (r) =>
          r.kind === 'replies'
            ? showReplies(r.result)
            : [
                t('members.unsubscribe.done', { email: r.result.email }),
                t('members.unsubscribe.members', { count: r.result.memberIds.length }),
              ].join('\n'),
      }),
    );
}
