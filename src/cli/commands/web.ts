/** `uniondesk web`: the local web host (127.0.0.1, random token) until SIGINT/SIGTERM. */
import { InvalidArgumentError, type Command } from 'commander';
import { t } from '../i18n';
import { proc } from '../proc';
import { ENV } from '../secrets';
import { ctxFrom } from '../session';
import type { CliFace } from '../face';
import { webStrings } from './web-strings';

function parsePort(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535) throw new InvalidArgumentError(t('web.err.badPort', { port: v }));
  return n;
}

function registerWeb(program: Command): void {
  program
    .command('web')
    .description(t('web.description'))
    .option('--port <n>', t('web.port'), parsePort)
    .action(async (opts: { port?: number }, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      // The page unlocks the vault itself: a passphrase in the environment is not needed and stays readable there
      // (other processes of this user, a crash dump) for as long as the host runs.
      if (proc().env[ENV.passphrase]) ctx.out.log(t('web.passphraseSet'));
      // Listen for the stop signals before printing the URL: a script that stops us as soon as it reads the URL
      // must not find the default handler (which would kill the process without closing the host).
      const stopped = new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      const { startWebHost } = await import('../../web/host');
      const host = await startWebHost({
        dataDir: ctx.dataDir,
        ...(opts.port === undefined ? {} : { port: opts.port }),
      });
      ctx.out.result({ url: host.url }, () => `UnionDesk: ${host.url}`);
      await stopped;
      ctx.out.log(t('web.stopping'));
      await host.close();
    });
}

/** `uniondesk web`: its strings and its commands, one entry of faces.ts. */
export const webCli = { name: 'web', strings: webStrings, register: registerWeb } satisfies CliFace;
