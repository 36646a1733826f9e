/**
 * `uniondesk sync register|now|status|conflicts|resolve|auto|unregister`: this PC and the upper-level union's
 * server. Exit codes (exit-codes.ts): a revoked device or a used/expired code 3, the server out of reach 1 (the
 * outbox stays), a refusal 1 with the server's reason, a first sync that must choose 4.
 */
import type { Command } from 'commander';
import type { JobInfo } from '../../shared/contract';
import type { SyncConflict, SyncResult, SyncStatus } from '../../shared/sync-contract';
import { formatDateTime, table } from '../format';
import { CliError, registerSecret, usageError } from '../io';
import { t, type MsgKey } from '../i18n';
import { action, type Run } from '../session';
import type { CliFace } from '../face';
import { syncStrings } from './sync-strings';

type Choice = 'upload' | 'download' | 'merge';
interface RegisterOpts {
  server: string;
  code: string;
  name?: string;
  upload?: boolean;
  download?: boolean;
  merge?: boolean;
}

function choiceOf(o: RegisterOpts): Choice | undefined {
  const given = (['upload', 'download', 'merge'] as const).filter((c) => o[c]);
  if (given.length > 1) throw usageError(t('sync.register.oneChoice'));
  return given[0];
}

/** `sync.now` to its end (progress on stderr): the job's result, or its error as the CLI reports it. */
async function runSync(r: Run): Promise<SyncResult> {
  let jobId: string | undefined;
  const off = r.core.onEvent('job.progress', (payload) => {
    const p = payload as JobInfo;
    if (jobId && p.id === jobId && p.total > 0)
      r.ctx.out.progress(`sync: ${t('job.progress', { done: p.done, total: p.total })}`);
  });
  try {
    jobId = (await r.call('sync.now', {})).jobId;
    const job = await r.call('jobs.wait', { jobId });
    if (job.state !== 'done') {
      const e = job.error ?? { code: 'INTERNAL', message: t('err.code.INTERNAL') };
      throw new CliError(e.code, e.message, e.details);
    }
    const { pushed, pulled, conflicts } = job.result as SyncResult;
    return { pushed, pulled, conflicts };
  } finally {
    off();
    r.ctx.out.progress(null);
  }
}

function registerSync(program: Command): void {
  const sync = program.command('sync').description(t('sync.description'));

  sync
    .command('register')
    .description(t('sync.register.description'))
    .requiredOption('--server <url>', t('sync.register.server'))
    .requiredOption('--code <code>', t('sync.register.code'))
    .option('--upload', t('sync.register.upload'))
    .option('--download', t('sync.register.download'))
    .option('--merge', t('sync.register.merge'))
    .option('--name <name>', t('sync.register.name'))
    .action(
      action({
        input: (_ctx, o: RegisterOpts) => {
          registerSecret(o.code); // a one-time code, but never echoed back
          const choice = choiceOf(o);
          return {
            server: o.server,
            code: o.code,
            ...(choice ? { choice } : {}),
            ...(o.name ? { deviceName: o.name.normalize('NFC') } : {}),
          };
        },
        run: async ({ call }, input) => ({ ...(await call('sync.register', input)), server: input.server }),
        json: ({ orgName, deviceId, result }) => ({ orgName, deviceId, ...result }),
        show: (r) => `${t('sync.registered', { server: r.server, org: r.orgName })}\n${t('sync.result', r.result)}`,
      }),
    );

  sync
    .command('now')
    .description(t('sync.now.description'))
    .action(action({ run: (r) => runSync(r), show: (r) => t('sync.result', r) }));

  sync
    .command('status')
    .description(t('sync.status.description'))
    .action(action({ run: ({ call }) => call('sync.status', {}), show: statusText }));

  sync
    .command('conflicts')
    .description(t('sync.conflicts.description'))
    .action(action({ run: ({ call }) => call('sync.conflicts', {}), show: conflictTable }));

  sync
    .command('resolve')
    .description(t('sync.resolve.description'))
    .argument('<id>', t('sync.resolve.id'))
    .option('--restore', t('sync.resolve.restore'))
    .option('--dismiss', t('sync.resolve.dismiss'))
    .option('--renumber', t('sync.resolve.renumber'))
    .action(
      action({
        input: (_ctx, id: string, o: { restore?: boolean; dismiss?: boolean; renumber?: boolean }) => {
          const given = (['restore', 'dismiss', 'renumber'] as const).filter((a) => o[a]);
          if (given.length !== 1) throw usageError(t('sync.resolve.oneAction'));
          return { id, action: given[0] };
        },
        run: ({ call }, input) => call('sync.resolve', input),
        show: (r) => (r.number ? t('sync.renumbered', { number: r.number }) : t('sync.resolved')),
      }),
    );

  sync
    .command('auto')
    .description(t('sync.auto.description'))
    .requiredOption('--minutes <n>', t('sync.auto.minutes'))
    .action(
      action({
        input: (_ctx, o: { minutes: string }) => {
          const n = Number(o.minutes);
          if (!/^\d+$/.test(o.minutes.trim()) || n > 24 * 60) throw usageError(t('sync.auto.badMinutes'));
          return { autoMinutes: n };
        },
        run: ({ call }, input) => call('sync.settings', input),
        show: statusText,
      }),
    );

  sync
    .command('unregister')
    .description(t('sync.unregister.description'))
    .action(action({ run: ({ call }) => call('sync.unregister', {}), show: () => t('sync.unregistered') }));
}

function statusText(s: SyncStatus): string {
  if (!s.registered) return t('sync.status.notRegistered');
  const lines = [
    t('sync.status.server', { server: s.server ?? '', org: s.orgName ?? '' }),
    t('sync.status.last', { at: s.lastSyncAt ? formatDateTime(s.lastSyncAt) : t('sync.status.never') }),
    t('sync.status.pending', { n: s.pending }),
    t('sync.status.conflicts', { n: s.conflicts }),
    s.autoMinutes > 0 ? t('sync.status.auto', { n: s.autoMinutes }) : t('sync.status.autoOff'),
  ];
  if (s.lastError) lines.push(t('sync.status.error', { message: s.lastError.message }));
  return lines.join('\n');
}

function conflictTable(list: SyncConflict[]): string {
  if (list.length === 0) return t('sync.conflicts.none');
  const rows = list.map((c) => [formatDateTime(c.at), t(`sync.kind.${c.kind}` as MsgKey), c.title, c.id]);
  return table([t('sync.col.date'), t('sync.col.kind'), t('sync.col.title'), t('sync.col.id')], rows);
}

/** `uniondesk sync`: its strings and its commands, one entry of faces.ts. */
export const syncCli = { name: 'sync', strings: syncStrings, register: registerSync } satisfies CliFace;
