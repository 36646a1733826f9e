/** `uniondesk units list|add`: the union groups (tổ công đoàn / công đoàn bộ phận) as a tree. */
import type { Command } from 'commander';
import type { Unit } from '../../shared/members-contract';
import { walkUnits } from '../../shared/unit-tree';
import { CliError } from '../io';
import { t } from '../i18n';
import { table } from '../format';
import { action } from '../session';
import type { CliFace } from '../face';
import { unitsStrings } from './units-strings';

function registerUnits(program: Command): void {
  const units = program.command('units').description(t('units.description'));

  units
    .command('list')
    .description(t('units.list.description'))
    .action(action({ run: ({ call }) => call('units.list', {}), show: unitTree }));

  units
    .command('add')
    .description(t('units.add.description'))
    .argument('<name>', t('units.add.name'))
    .option('--parent <name>', t('units.add.parent'))
    .action(
      action({
        input: (_ctx, name: string, o: { parent?: string }) => ({ name: name.normalize('NFC'), parent: o.parent }),
        run: async ({ call }, { name, parent }) => {
          const parentId = parent === undefined ? null : (await findParent(await call('units.list', {}), parent)).id;
          // The core checks the name (empty → VALIDATION, exit 4).
          return call('units.save', { name, parentId });
        },
        show: (unit) => t('units.added', { name: unit.name }),
      }),
    );
}

/** The parent group by name, by the core's own rule; none → NOT_FOUND (exit 4). */
async function findParent(list: Unit[], name: string): Promise<Unit> {
  const { findUnitByName } = await import('../../core/members/units');
  const found = findUnitByName(list, name);
  const wanted = name.normalize('NFC').trim();
  if (!found) throw new CliError('NOT_FOUND', t('units.err.parentNotFound', { name: wanted }), { name: wanted });
  return found;
}

/** The groups indented under their parents, with their member counts. */
function unitTree(list: Unit[]): string {
  if (list.length === 0) return t('units.none');
  const rows: string[][] = [];
  walkUnits(list, (u, depth) => rows.push([`${'  '.repeat(depth)}${u.name}`, String(u.memberCount)]));
  return table([t('units.col.name'), t('units.col.members')], rows);
}

/** `uniondesk units`: its strings and its commands, one entry of faces.ts. */
export const unitsCli = { name: 'units', strings: unitsStrings, register: registerUnits } satisfies CliFace;
