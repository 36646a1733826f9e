/** `uniondesk init`: create the vault, save the organisation profile, show the recovery key once. */
import { Command, Option } from 'commander';
import { UPPER_LEVEL_TYPES, commands, type UpperLevelType } from '../../shared/contract';
import { CliError, Exit, toCliError, usageError } from '../io';
import { t } from '../i18n';
import { call, ctxFrom, passphrase, withCore } from '../session';
import type { CliFace } from '../face';
import { initStrings } from './init-strings';

interface InitOpts {
  orgName: string;
  upperLevel?: string;
  upperLevelType?: UpperLevelType;
}

function registerInit(program: Command): void {
  program
    .command('init')
    .description(t('init.description'))
    .requiredOption('--org-name <name>', t('init.orgName'))
    .option('--upper-level <name>', t('init.upperLevel'))
    .addOption(new Option('--upper-level-type <type>', t('init.upperLevelType')).choices(UPPER_LEVEL_TYPES))
    .action(async (opts: InitOpts, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const profile = {
        name: opts.orgName.normalize('NFC').trim(),
        ...(opts.upperLevel === undefined ? {} : { upperLevelName: opts.upperLevel.normalize('NFC') }),
        ...(opts.upperLevelType === undefined ? {} : { upperLevelType: opts.upperLevelType }),
      };
      if (!profile.name) throw new CliError('VALIDATION', t('init.needName'), { field: 'name' });
      // Check the profile before creating anything, so a bad name never leaves a half-made vault behind.
      const checked = commands['org.update'].input.safeParse(profile);
      if (!checked.success) {
        const issues = checked.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        throw new CliError('VALIDATION', `${t('err.code.VALIDATION')} ${issues.map((i) => i.path).join(', ')}`, {
          issues,
        });
      }
      const pass = passphrase(ctx);
      if (pass === undefined) throw usageError(t('err.needPassphrase'));

      await withCore(ctx, async (core) => {
        const { recoveryKey } = await call(core, 'vault.create', { passphrase: pass });
        // From here on the recovery key must reach the user, whatever happens to the profile.
        let profileError: CliError | undefined;
        try {
          const status = await call(core, 'app.status', {});
          if (status.state !== 'unlocked') await call(core, 'vault.unlock', { passphrase: pass });
          await call(core, 'org.update', checked.data);
        } catch (e) {
          profileError = toCliError(e);
        }
        if (ctx.out.json) {
          if (!profileError) ctx.out.result({ recoveryKey }, () => undefined);
          else {
            ctx.out.result(
              { recoveryKey, error: { code: profileError.code, message: profileError.message } },
              () => undefined,
            );
            throw new Exit(profileError.exit);
          }
          return;
        }
        ctx.out.result(recoveryKey, () => recoveryBox(recoveryKey));
        if (profileError) throw profileError;
        ctx.out.log(t('init.done', { name: profile.name, dir: ctx.dataDir }));
      });
    });
}

function recoveryBox(key: string): string {
  const lines = [t('init.recoveryTitle'), '', key, '', t('init.recoveryWarn1'), t('init.recoveryWarn2')];
  const width = Math.max(...lines.map((l) => [...l].length));
  const bar = '═'.repeat(width + 2);
  const body = lines.map((l) => `║ ${l}${' '.repeat(width - [...l].length)} ║`);
  return [`╔${bar}╗`, ...body, `╚${bar}╝`].join('\n');
}

/** `uniondesk init`: its strings and its commands, one entry of faces.ts. */
export const initCli = { name: 'init', strings: initStrings, register: registerInit } satisfies CliFace;
