/**
 * `POST /v1/sync/push` (design decision 1): one transaction per batch, serialised per CĐCS (FOR UPDATE on the org
 * row on PostgreSQL, BEGIN IMMEDIATE on SQLite). Rows are loaded in bulk, merged in memory in mutation order, and
 * written back in bulk with one change-log entry per mutation that won something.
 */
import type { Knex } from 'knex';
import { LONG_TEXT_COLUMNS } from '../../shared/sync-entities';
import { SYNC_LIMITS, type PushRequest, type PushResponse, type Rejection } from '../../shared/sync-protocol';
import type { ServerContext } from '../context';
import { HttpError } from '../http/errors';
import type { DeviceRow } from '../http/auth';
import { PROJECTIONS, type ProjectedRow } from './projections';
import { mergeMutation, precheck } from './merge';
import { NumberIndex, numberKeys } from './numbers';
import { reject } from './rejections';
import { chunks, deletedAtOf, loadRows, rowKey, saveRows, type RowState } from './rows';

interface ChangeRecord {
  org_id: string;
  seq: number;
  entity: string;
  row_id: string;
  fields: string;
  hlc: string;
  device_id: string;
  at: string;
}

/** The new mutations after the device's last id; a hole (or a batch out of order) is a 409 before any write. */
function newMutations(req: PushRequest, last: number) {
  let expected = last + 1;
  const fresh = [];
  for (const m of req.mutations) {
    if (m.mutationId < expected) continue;
    if (m.mutationId !== expected)
      throw new HttpError(
        409,
        'MUTATION_GAP',
        `Thiếu thay đổi số ${expected} của máy này: máy chủ chỉ nhận các thay đổi liên tiếp.`,
        { lastMutationId: last },
      );
    fresh.push(m);
    expected++;
  }
  return fresh;
}

async function lockOrg(ctx: ServerContext, trx: Knex.Transaction, orgId: string) {
  const q = trx('orgs').where({ id: orgId });
  const org = (await (ctx.dialect === 'pg' ? q.forUpdate() : q).first()) as { head_seq: number } | undefined;
  if (!org) throw new HttpError(401, 'UNAUTHORIZED', 'Công đoàn cơ sở của máy này không còn trên máy chủ.');
  return Number(org.head_seq);
}

export async function push(ctx: ServerContext, device: DeviceRow, req: PushRequest): Promise<PushResponse> {
  const orgId = device.org_id;
  return ctx.knex.transaction(async (trx) => {
    let head = await lockOrg(ctx, trx, orgId);
    const current = (await trx('devices').where({ id: device.id }).first('last_mutation_id')) as {
      last_mutation_id: number;
    };
    const last = Number(current.last_mutation_id);
    const fresh = newMutations(req, last);
    const now = ctx.now();
    const at = now.toISOString();
    const { rows, foreign } = await loadRows(trx, orgId, fresh);
    const numbers = new NumberIndex(trx, orgId);
    const rejected: Rejection[] = [];
    const changes: ChangeRecord[] = [];
    const copies: Record<string, unknown>[] = [];
    let accepted = 0;

    for (const m of fresh) {
      const pre = precheck(m, now.getTime(), SYNC_LIMITS.maxClockAheadMs);
      if (pre) {
        rejected.push(reject(m, pre.code, pre.detail));
        continue;
      }
      if (foreign.has(m.id)) {
        rejected.push(reject(m, 'FOREIGN_ROW'));
        continue;
      }
      const key = rowKey(m.entity, m.id);
      const state: RowState = rows.get(key) ?? {
        entity: m.entity,
        id: m.id,
        data: {},
        hlcs: {},
        writers: {},
        exists: false,
        dirty: false,
        updatedSeq: 0,
      };
      const merged = mergeMutation(state, m, device.id, req.baseCursor);
      if (!Object.keys(merged.won).length && !merged.copies.length) {
        accepted++;
        continue;
      }
      const keysBefore = numberKeys(m.entity, state.data);
      const keysAfter = numberKeys(m.entity, merged.data);
      const clashWith = await numbers.clash(m.entity, m.id, keysAfter);
      if (clashWith) {
        rejected.push(reject(m, 'NUMBER_CLASH', undefined, clashWith));
        continue;
      }
      numbers.move(m.entity, m.id, keysBefore, keysAfter);
      // A conflict copy alone still takes a sequence number, so the pull that delivers it has a change to page on.
      const seq = ++head;
      state.data = merged.data;
      state.hlcs = { ...state.hlcs, ...merged.wonHlcs };
      for (const column of LONG_TEXT_COLUMNS[m.entity] ?? [])
        if (column in merged.won) state.writers[column] = [seq, device.id];
      state.dirty = true;
      state.updatedSeq = seq;
      rows.set(key, state);
      changes.push({
        org_id: orgId,
        seq,
        entity: m.entity,
        row_id: m.id,
        fields: JSON.stringify(merged.won),
        hlc: m.hlc,
        device_id: device.id,
        at,
      });
      for (const c of merged.copies)
        copies.push({
          org_id: orgId,
          seq,
          entity: m.entity,
          row_id: m.id,
          column: c.column,
          value: JSON.stringify(c.value),
          hlc: c.hlc,
          device_id: c.deviceId,
          at,
        });
      accepted++;
    }

    const dirty = [...rows.values()].filter((s) => s.dirty);
    await saveRows(trx, orgId, dirty);
    for (const part of chunks(changes)) await trx('sync_changes').insert(part);
    for (const part of chunks(copies)) await trx('sync_conflict_copies').insert(part);
    await numbers.flush(dirty);
    await runProjections(trx, orgId, dirty);
    await trx('orgs').where({ id: orgId }).update({ head_seq: head });
    const lastMutationId = fresh.length ? fresh[fresh.length - 1].mutationId : last;
    await trx('devices').where({ id: device.id }).update({ last_mutation_id: lastMutationId, last_sync_at: at });
    return { lastMutationId, accepted, rejected, cursor: head };
  });
}

async function runProjections(trx: Knex.Transaction, orgId: string, dirty: readonly RowState[]) {
  if (!PROJECTIONS.length || !dirty.length) return;
  for (const p of PROJECTIONS) {
    const wanted = new Set(p.entities);
    const projected: ProjectedRow[] = dirty
      .filter((s) => wanted.has(s.entity))
      .map((s) => ({ entity: s.entity, id: s.id, data: s.data, deletedAt: deletedAtOf(s.data) }));
    if (projected.length) await p.apply(trx, orgId, projected);
  }
}
