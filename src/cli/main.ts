/**
 * `uniondesk`: parse the command line and dispatch to a command. Returns the exit code (see exit-codes.ts).
 * No Electron here: the commands talk to the same core as the desktop app, through its contract.
 */
import { readFileSync } from 'node:fs';
import { format } from 'node:util';
import { Command, CommanderError, Option } from 'commander';
import type { DomainModule } from '../core/module';
import { EXIT } from './exit-codes';
import type { CliFace } from './face';
import { CLI_FACES } from './faces';
import { LANGS, isLang, setLang, t, has, useStrings } from './i18n';
import { Output, forgetSecrets, output, setOutput, usageError } from './io';
import { proc, withProc, type Proc } from './proc';
import { rejectSecretArguments } from './secrets';
import { withCoreModules } from './session';

/** Value of `--name X` / `--name=X` before any `--`. */
function scanOption(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === name) return argv[i + 1];
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
  }
  return undefined;
}
function scanFlag(argv: readonly string[], name: string): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes(name);
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
      .version;
  } catch {
    return '0.0.0';
  }
}

/**
 * What a test may add to the built-in program: faces (registered after the built-in ones) and the core modules
 * their commands call (added to every core the run opens). The real `uniondesk` passes none.
 */
export interface ProgramOptions {
  extraFaces?: readonly CliFace[];
  extraModules?: readonly DomainModule[];
}

/** The program with `faces` in order: their strings merged first (a key claimed twice throws), then their commands. */
export function buildProgram(faces: readonly CliFace[] = CLI_FACES): Command {
  useStrings(faces);
  const program = new Command('uniondesk');
  program
    .description(t('prog.description'))
    .exitOverride()
    .configureOutput({
      outputError: () => {},
      writeOut: (s: string) => void proc().stdout.write(s),
      writeErr: (s: string) => void proc().stderr.write(s),
    })
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title: string) => {
        const key = `title.${title}`;
        return has(key) ? t(key) : title;
      },
      optionDescription: (option: Option) => {
        const extra: string[] = [];
        if (option.argChoices) extra.push(`${t('help.choices')}: ${option.argChoices.join(', ')}`);
        if (option.defaultValue !== undefined && (option.required || option.optional)) {
          extra.push(`${t('help.default')}: ${option.defaultValueDescription ?? JSON.stringify(option.defaultValue)}`);
        }
        return extra.length ? `${option.description} (${extra.join('; ')})` : option.description;
      },
    })
    .helpOption('-h, --help', t('opt.help'))
    .helpCommand('help [command]', t('cmd.help'))
    .version(version(), '-V, --version', t('opt.version'))
    .option('--data-dir <dir>', t('opt.dataDir'))
    .option('--passphrase-file <file>', t('opt.passphraseFile'))
    .option('--json', t('opt.json'))
    .addOption(new Option('--lang <lang>', t('opt.lang')).choices(LANGS))
    .addHelpText('after', t('help.after'));

  for (const face of faces) face.register(program);
  return program;
}

/** A commander parse error → our usage error, in the current language. */
function translateCommanderError(e: CommanderError): Error {
  const msg = e.message.replace(/^error: /, '');
  const quoted = [...msg.matchAll(/'([^']*)'/g)].map((m) => m[1].split('=', 1)[0]);
  const what = quoted[0] ?? '';
  const suggestion = /\(Did you mean (.+)\?\)/.exec(msg)?.[1];
  const hint = suggestion ? ` ${t('err.didYouMean', { what: suggestion })}` : '';
  switch (e.code) {
    case 'commander.unknownOption':
      return usageError(t('err.unknownOption', { what }) + hint);
    case 'commander.unknownCommand':
      return usageError(t('err.unknownCommand', { what }) + hint);
    case 'commander.missingArgument':
      return usageError(t('err.missingArgument', { what }));
    case 'commander.optionMissingArgument':
      return usageError(t('err.optionMissingArgument', { what }));
    case 'commander.missingMandatoryOptionValue':
      return usageError(t('err.missingMandatory', { what }));
    case 'commander.excessArguments':
      return usageError(t('err.excessArguments'));
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.+)\.$/.exec(msg)?.[1];
      const detail = choices
        ? `${what} = '${quoted[1] ?? ''}' (${t('help.choices')}: ${choices})`
        : msg.replace(/^.*? is invalid\. ?/, '') || msg;
      return usageError(t('err.invalidArgument', { what: detail }));
    }
    default:
      return usageError(t('err.usage'));
  }
}

/**
 * stdout belongs to the command's result (one JSON document with --json). Libraries that log with
 * console.log (knex prints connection warnings that way) are sent to stderr instead, for the run only.
 */
async function keepStdoutForResults<T>(fn: () => Promise<T>): Promise<T> {
  const saved = { log: console.log, info: console.info, debug: console.debug, warn: console.warn };
  const toStderr = (...args: unknown[]) => void proc().stderr.write(`${format(...args)}\n`);
  Object.assign(console, { log: toStderr, info: toStderr, debug: toStderr, warn: toStderr });
  try {
    return await fn();
  } finally {
    Object.assign(console, saved);
  }
}

/**
 * Run the CLI on `argv` (without node and the script) and return the exit code. `io` replaces parts of the
 * process (environment, stdin, stdout, stderr): tests run commands in-process with an explicit environment.
 * `options` adds faces and core modules (a test's toy domain).
 */
export function main(argv: readonly string[], io: Partial<Proc> = {}, options: ProgramOptions = {}): Promise<number> {
  const faces = [...CLI_FACES, ...(options.extraFaces ?? [])];
  return withProc(io, () =>
    withCoreModules(options.extraModules ?? [], () => keepStdoutForResults(() => run(argv, faces))),
  );
}

async function run(argv: readonly string[], faces: readonly CliFace[]): Promise<number> {
  forgetSecrets();
  const json = scanFlag(argv, '--json');
  setOutput(new Output(json));
  const lang = scanOption(argv, '--lang') ?? proc().env.UNIONDESK_LANG;
  setLang(isLang(lang) ? lang : 'vi');
  try {
    if (lang !== undefined && !isLang(lang)) throw usageError(t('err.badLang', { lang }));
    rejectSecretArguments(argv);
    await buildProgram(faces).parseAsync(argv, { from: 'user' });
    return EXIT.OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.OK;
      if (e.code === 'commander.help') {
        if (e.exitCode === 0) return EXIT.OK; // `uniondesk help [command]`
        // A group without its subcommand (`uniondesk org`): commander has already shown the help on stderr.
        return json ? output().error(usageError(t('err.usage'))) : EXIT.USAGE;
      }
      return output().error(translateCommanderError(e));
    }
    return output().error(e);
  }
}
