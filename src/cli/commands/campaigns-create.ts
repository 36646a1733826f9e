/**
 * `uniondesk campaigns create --bulletin ID --audience all|unit:NAME|bch|tag:TAG|file:LIST.txt`: the bulletin and the
 * audience frozen into a campaign and its outbox. A LIST.txt holds one address a line (outside the register:
 * no consent check, unsubscribes still apply). `--meeting ID` instead: the meeting's invitations (Giấy mời + .ics)
 * to those it convenes.
 */
import type { Command } from 'commander';
import type { Audience } from '../../shared/bulletins-contract';
import { MB, readBounded } from '../files';
import { t } from '../i18n';
import { CliError, usageError } from '../io';
import { action, type Run } from '../session';

export const createStrings = {
  en: {
    'campaigns.create.description': 'freeze a bulletin and an audience into a campaign ready to send',
    'campaigns.create.bulletin': 'the bulletin id',
    'campaigns.create.meeting': 'a meeting id: send its invitations (Giấy mời + .ics) to those it convenes',
    'campaigns.create.oneSource': 'Give either --bulletin ID --audience … or --meeting ID.',
    'campaigns.create.audience': 'all, unit:NAME, bch, tag:TAG or file:LIST.txt (one address a line)',
    'campaigns.create.badAudience': 'The audience must be all, unit:NAME, bch, tag:TAG or file:LIST.txt.',
    'campaigns.create.noUnit': 'No union group named "{name}".',
    'campaigns.create.made': 'Campaign {id} ready: {recipients} recipients, {skipped} skipped.',
  },
  vi: {
    'campaigns.create.description': 'tạo đợt gửi từ một bản tin và danh sách người nhận, sẵn sàng để gửi',
    'campaigns.create.bulletin': 'mã bản tin',
    'campaigns.create.meeting': 'mã cuộc họp: gửi giấy mời (kèm .ics) cho những người được triệu tập',
    'campaigns.create.oneSource': 'Cần --bulletin MÃ --audience … hoặc --meeting MÃ.',
    'campaigns.create.audience': 'all, unit:TÊN TỔ, bch, tag:NHÃN hoặc file:DANHSACH.txt (mỗi dòng một địa chỉ)',
    'campaigns.create.badAudience': 'Người nhận phải là all, unit:TÊN TỔ, bch, tag:NHÃN hoặc file:DANHSACH.txt.',
    'campaigns.create.noUnit': 'Không có tổ công đoàn tên "{name}".',
    'campaigns.create.made': 'Đã tạo đợt gửi {id}: {recipients} người nhận, bỏ qua {skipped}.',
  },
};

type AudienceArg =
  { kind: 'all' | 'bch' } | { kind: 'unit' | 'tag'; name: string } | { kind: 'file'; emails: string[] };

/** Read before the vault opens: a bad argument or file needs no passphrase. */
function parseAudience(text: string): AudienceArg {
  if (text === 'all' || text === 'bch') return { kind: text };
  if (text.startsWith('unit:') && text.length > 5) return { kind: 'unit', name: text.slice(5).trim() };
  if (text.startsWith('tag:') && text.trim().length > 4) return { kind: 'tag', name: text.slice(4).trim() };
  if (text.startsWith('file:') && text.length > 5) {
    const lines = readBounded(text.slice(5), 4 * MB)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    return { kind: 'file', emails: lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#')) };
  }
  throw usageError(t('campaigns.create.badAudience'), { option: '--audience' });
}

async function toAudience(r: Run, a: AudienceArg): Promise<Audience> {
  if (a.kind === 'file') return { external: a.emails };
  if (a.kind === 'tag') return { tags: [a.name] };
  if (a.kind !== 'unit') return a.kind === 'all' ? { all: true } : { bch: true };
  // The register's own lookup: "TỔ MAY" and "to may" name "Tổ may" too.
  const { findUnitByName } = await import('../../core/members/units');
  const unit = findUnitByName(await r.call('units.list', {}), a.name);
  if (!unit) throw new CliError('NOT_FOUND', t('campaigns.create.noUnit', { name: a.name }), { unit: a.name });
  return { unitIds: [unit.id] };
}

export function registerCreate(campaigns: Command): void {
  campaigns
    .command('create')
    .description(t('campaigns.create.description'))
    .option('--bulletin <id>', t('campaigns.create.bulletin'))
    .option('--audience <audience>', t('campaigns.create.audience'))
    .option('--meeting <id>', t('campaigns.create.meeting'))
    .action(
      action({
        input: (_ctx, o: { bulletin?: string; audience?: string; meeting?: string }) => {
          if (o.meeting && !o.bulletin && !o.audience) return { meetingId: o.meeting };
          if (!o.bulletin || !o.audience || o.meeting)
            throw usageError(t('campaigns.create.oneSource'), { option: '--bulletin' });
          return { bulletinId: o.bulletin, audience: parseAudience(o.audience) };
        },
        run: async (r, i) => {
          const made = await r.call(
            'campaigns.create',
            'meetingId' in i
              ? { meetingId: i.meetingId }
              : { bulletinId: i.bulletinId, audience: await toAudience(r, i.audience) },
          );
          const skipped = Object.values(made.skipped).reduce((n, x) => n + x, 0);
          return { id: made.id, recipients: made.recipients, skipped, skippedBy: made.skipped };
        },
        show: (m) => t('campaigns.create.made', { id: m.id, recipients: m.recipients, skipped: m.skipped }),
      }),
    );
}
