/** `uniondesk welfare programme add|list|show|file`: programmes, their places and the organiser's list. */
import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { PROGRAMME_KINDS } from '../../shared/welfare-contract';
import { formatDateVi } from '../../shared/text/format';
import { forceOption, outputFile, saveDelivered } from '../files';
import { formatSize, table } from '../format';
import { CliError } from '../io';
import { t } from '../i18n';
import { action } from '../session';
import { unitScope } from './dues-refs';

/** A whole, positive-looking number as typed ("40"); the core checks the range. */
export function parseCount(value: string): number {
  const s = value.trim();
  if (!/^-?\d+$/.test(s)) throw new CliError('VALIDATION', t('welfare.err.capacity', { value }), { value });
  return Number(s);
}

/** --format, else the extension of the output file; anything else is refused in Vietnamese (exit 4). */
export function fileFormat(format: string | undefined, out: string): 'pdf' | 'xlsx' {
  const f = format ?? path.extname(out).slice(1).toLowerCase();
  if (f === 'pdf' || f === 'xlsx') return f;
  throw new CliError('VALIDATION', t('welfare.err.format', { file: out }), { file: out });
}

export const formatOption = () => new Option('--format <format>', t('welfare.opt.format')).choices(['pdf', 'xlsx']);
export const written = (r: { path: string; bytes: number }) =>
  t('welfare.written', { path: r.path, size: formatSize(r.bytes) });

interface AddOpts {
  name: string;
  kind: (typeof PROGRAMME_KINDS)[number];
  capacity: string;
  hazardousOnly?: boolean;
  unit?: string;
  date?: string;
  note?: string;
}

export function registerProgrammes(welfare: Command): void {
  const programme = welfare.command('programme').description(t('welfare.programme.description'));
  programme
    .command('add')
    .description(t('welfare.programme.add.description'))
    .requiredOption('--name <text>', t('welfare.programme.name'))
    .addOption(
      new Option('--kind <kind>', t('welfare.programme.kind')).choices([...PROGRAMME_KINDS]).makeOptionMandatory(),
    )
    .requiredOption('--capacity <n>', t('welfare.programme.capacity'))
    .option('--hazardous-only', t('welfare.programme.hazardousOnly'))
    .option('--unit <name>', t('welfare.programme.unit'))
    .option('--date <date>', t('welfare.programme.date'))
    .option('--note <text>', t('welfare.programme.note'))
    .action(
      action({
        input: (_ctx, o: AddOpts) => ({ ...o, capacityValue: parseCount(o.capacity) }),
        run: async (r, o) =>
          r.call('welfare.addProgramme', {
            name: o.name,
            kind: o.kind,
            capacity: o.capacityValue,
            hazardousOnly: o.hazardousOnly === true,
            ...(await unitScope(r, o.unit)),
            ...(o.date ? { date: o.date } : {}),
            ...(o.note ? { note: o.note } : {}),
          }),
        json: (p) => ({ id: p.id }),
        show: (p) => t('welfare.programme.added', { name: p.name, capacity: p.capacity, id: p.id }),
      }),
    );
  programme
    .command('list')
    .description(t('welfare.programme.list.description'))
    .action(
      action({
        run: ({ call }) => call('welfare.programmes', {}),
        json: (l) => ({
          programmes: l.items.map(({ id, name, kind, date, capacity, registered }) => ({
            id,
            name,
            kind,
            date,
            capacity,
            registered,
          })),
        }),
        show: (l) =>
          table(
            ['Id', t('welfare.col.name'), t('welfare.col.date'), t('welfare.col.places')],
            l.items.map((p) => [p.id, p.name, formatDateVi(p.date), `${p.registered}/${p.capacity}`]),
          ),
      }),
    );
  programme
    .command('show')
    .description(t('welfare.programme.show.description'))
    .argument('<id>', t('welfare.programme.id'))
    .action(
      action({
        input: (_ctx, id: string) => id,
        run: (r, id) => r.call('welfare.programme', { id }),
        json: (p) => ({
          registered: p.programme.registered,
          capacity: p.programme.capacity,
          members: p.members.map(({ idNumber, fullName }) => ({ idNumber, fullName })),
        }),
        show: (p) =>
          [
            `${p.programme.name}: ${t('welfare.registered', { registered: p.programme.registered, capacity: p.programme.capacity })}`,
            table(
              [t('welfare.col.name'), 'CCCD', ''],
              p.members.map((m) => [m.fullName, m.idNumber ?? '', m.unitName ?? '']),
            ),
          ].join('\n'),
      }),
    );
  programme
    .command('file')
    .description(t('welfare.programme.file.description'))
    .argument('<id>', t('welfare.programme.id'))
    .requiredOption('--out <file>', t('welfare.opt.out'))
    .addOption(formatOption())
    .addOption(forceOption())
    .action(
      action({
        input: (_ctx, id: string, o: { out: string; format?: string; force?: boolean }) => ({
          id,
          format: fileFormat(o.format, o.out),
          file: outputFile(o.out, o.force),
        }),
        run: async (r, o) =>
          saveDelivered(o.file, await r.call('welfare.programmeFile', { id: o.id, format: o.format })),
        show: written,
      }),
    );
}
