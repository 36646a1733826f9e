/** `uniondesk units list|add`: the union groups (tổ công đoàn / công đoàn bộ phận) as a tree. */
import type { Command } from 'commander';
import type { Unit } from '../../shared/members-contract';
import { foldVi } from '../../shared/text/fold';
import { CliError } from '../io';
import { t } from '../i18n';
import { table } from '../format';
import { call, ctxFrom, withVault } from '../session';

export function registerUnits(program: Command): void {
  const units = program.command('units').description(t('units.description'));

  units
    .command('list')
    .description(t('units.list.description'))
    .action(async (_opts: unknown, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const list = await withVault(ctx, (core) => call(core, 'units.list', {}));
      ctx.out.result(list, () => unitTree(list));
    });

  units
    .command('add')
    .description(t('units.add.description'))
    .argument('<name>', t('units.add.name'))
    .option('--parent <name>', t('units.add.parent'))
    .action(async (name: string, opts: { parent?: string }, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const unit = await withVault(ctx, async (core) => {
        let parentId: string | null = null;
        if (opts.parent !== undefined) parentId = findUnit(await call(core, 'units.list', {}), opts.parent).id;
        // The core checks the name (empty → VALIDATION, exit 4).
        return call(core, 'units.save', { name: name.normalize('NFC'), parentId });
      });
      ctx.out.result(unit, () => t('units.added', { name: unit.name }));
    });
}

/** A group by name: exact (ignoring case) first, else ignoring diacritics too; none → NOT_FOUND (exit 4). */
export function findUnit(list: Unit[], name: string): Unit {
  const wanted = name.normalize('NFC').trim();
  const found =
    list.find((u) => u.name.toLocaleLowerCase('vi') === wanted.toLocaleLowerCase('vi')) ??
    list.find((u) => foldVi(u.name) === foldVi(wanted));
  if (!found) throw new CliError('NOT_FOUND', t('units.err.parentNotFound', { name: wanted }), { name: wanted });
  return found;
}

/** The groups indented under their parents, with their member counts. */
function unitTree(list: Unit[]): string {
  if (list.length === 0) return t('units.none');
  const ids = new Set(list.map((u) => u.id));
  const rows: string[][] = [];
  const walk = (parentId: string | null, depth: number, seen: Set<string>) => {
    for (const u of list) {
      const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
      if (parent !== parentId || seen.has(u.id)) continue;
      seen.add(u.id);
      rows.push([`${'  '.repeat(depth)}${u.name}`, String(u.memberCount)]);
      walk(u.id, depth + 1, seen);
    }
  };
  walk(null, 0, new Set());
  return table([t('units.col.name'), t('units.col.members')], rows);
}
