/**
 * `uniondesk members unsubscribe EMAIL [--reason TEXT]`: stops bulletins to an address at once (a queued campaign's
 * later sends skip it too), e.g. after a member replied asking so. Registered by the members face (members.ts).
 */
import type { Command } from 'commander';
import { t } from '../i18n';
import { action } from '../session';

const en = {
  'members.unsubscribe.description': 'stop sending bulletins to an email address (takes effect at once)',
  'members.unsubscribe.email': 'the email address',
  'members.unsubscribe.reason': 'why (kept for the report), e.g. "replied asking to stop"',
  'members.unsubscribe.done': 'No more bulletins to {email}.',
  'members.unsubscribe.members': 'Members with this address: {count}.',
};
const vi: Partial<Record<keyof typeof en, string>> = {
  'members.unsubscribe.description': 'ngừng gửi bản tin đến một địa chỉ email (có hiệu lực ngay)',
  'members.unsubscribe.email': 'địa chỉ email',
  'members.unsubscribe.reason': 'lý do (lưu cho báo cáo), ví dụ "trả lời thư xin ngừng nhận"',
  'members.unsubscribe.done': 'Đã ngừng gửi bản tin đến {email}.',
  'members.unsubscribe.members': 'Số đoàn viên có địa chỉ này: {count}.',
};
export const unsubscribeStrings = { en, vi };

export function registerMemberUnsubscribe(members: Command): void {
  members
    .command('unsubscribe')
    .description(t('members.unsubscribe.description'))
    .argument('<email>', t('members.unsubscribe.email'))
    .option('--reason <text>', t('members.unsubscribe.reason'))
    .action(
      action({
        input: (_ctx, email: string, o: { reason?: string }) => ({
          email,
          ...(o.reason ? { reason: o.reason } : {}),
        }),
        run: ({ call }, input) => call('audiences.unsubscribe', input),
        show: ({ email, memberIds }) =>
          [
            t('members.unsubscribe.done', { email }),
            t('members.unsubscribe.members', { count: memberIds.length }),
          ].join('\n'),
      }),
    );
}
