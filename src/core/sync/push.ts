/**
 * Push (decision 4): square the numbering with the server, number the new outbox rows, send them in mutation order
 * in batches of at most 1000 (and well under the 8 MB body limit), then mark what the server has as sent and what it
 * refused as rejected (a number clash becomes a conflict for the user). A push cut off anywhere is resumed by the
 * next run with the same ids: the server skips the ones it already has.
 */
import { AppError } from '../../shared/errors';
import { parseHlc } from '../db/hlc';
import { SYNC_LIMITS, type Mutation, type PushResponse, type Rejection } from '../../shared/sync-protocol';
import { addConflict, numberClashTitle } from './conflicts';
import { rowsById } from './cells';
import { write, type RunContext } from './deps';
import { nextUnsent, numberOutbox, reconcile, toMutations, type OutboxRow } from './outbox';
import { readState, writeState } from './state';

/** A body this size leaves room under the server's 8 MB limit for JSON overhead. */
const MAX_BATCH_BYTES = 6 * 1024 * 1024;
const SCHEMA_VERSION_UNKNOWN = 0;

export async function push(run: RunContext, schemaVersion = SCHEMA_VERSION_UNKNOWN): Promise<void> {
  const { deps, http } = run;
  const server = await http.state();
  await write(deps, async (trx) => {
    const ctx = deps.session().record;
    await reconcile(trx, ctx, server.lastMutationId);
    await numberOutbox(trx, ctx);
  });
  const local = await readState(deps.session().db);
  // While nothing but this PC's own new rows enter the log, the cursor follows its pushes (see fastForward).
  let head: number | null = local.cursor === server.cursor && !local.renumber ? server.cursor : null;
  let after = 0;
  for (;;) {
    const s = deps.session();
    const rows = await nextUnsent(s.db, after, SYNC_LIMITS.maxMutationsPerPush);
    if (rows.length === 0) return;
    const mutations = fitBatch(await toMutations(s.db, rows));
    const sent = rows.slice(0, mutations.length);
    const { cursor } = await readState(s.db);
    const res = await http.push({
      protocolVersion: 1,
      schemaVersion,
      deviceId: run.deviceId,
      baseCursor: cursor,
      mutations,
    });
    head = head === null ? null : fastForward(head, sent, mutations, res);
    await settle(run, sent, res, server.serverTime, head);
    after = sent[sent.length - 1].mutation_id;
  }
}

/** The leading mutations that fit one body (at least one: a single larger one is the server's to refuse). */
function fitBatch(mutations: Mutation[]): Mutation[] {
  let bytes = 0;
  for (let i = 0; i < mutations.length; i++) {
    bytes += JSON.stringify(mutations[i]).length + 1;
    if (bytes > MAX_BATCH_BYTES && i > 0) return mutations.slice(0, i);
  }
  return mutations;
}

/**
 * The pull would bring this PC's own changes back only to skip them: after a push of nothing but inserts of rows new
 * to the server (each wins every column: exactly one log entry each, and no conflict copy), all accepted, when the
 * log grew by exactly that many entries from a head this PC had already pulled, every new entry is its own and the
 * cursor moves to the new head. Anything else (an update, a retry, a refusal, another PC's entry in between) stops
 * the fast-forward for the rest of the run, and the pull reads the log as usual. Returns the new head, or null.
 */
function fastForward(head: number, sent: OutboxRow[], mutations: Mutation[], res: PushResponse): number | null {
  const onlyNewRows = sent.every((o, i) => o.op === 'insert' && Object.keys(mutations[i].fields).length > 0);
  const exact = res.accepted === sent.length && res.rejected.length === 0 && res.cursor === head + sent.length;
  return onlyNewRows && exact ? res.cursor : null;
}

/** Records the server's answer: sent, rejected (with a conflict for a number clash), or to be sent again. */
async function settle(
  run: RunContext,
  sent: OutboxRow[],
  res: PushResponse,
  serverTime: string,
  cursor: number | null,
): Promise<void> {
  const rejected = new Map<number, Rejection>(res.rejected.map((r) => [r.mutationId, r]));
  const clockAhead = res.rejected.filter((r) => r.code === 'CLOCK_AHEAD');
  await write(run.deps, async (trx) => {
    const ctx = run.deps.session().record;
    const now = new Date().toISOString();
    if (cursor !== null) await writeState(trx, ctx, { cursor });
    const accepted = sent.filter((o) => o.mutation_id <= res.lastMutationId && !rejected.has(o.mutation_id));
    for (let i = 0; i < accepted.length; i += 500)
      await trx('outbox')
        .whereIn(
          'id',
          accepted.slice(i, i + 500).map((o) => o.id),
        )
        .update({ sent_at: now });
    for (const o of sent) {
      const r = rejected.get(o.mutation_id);
      if (!r) continue;
      if (r.code === 'CLOCK_AHEAD') {
        // Not lost: numbered again and resent once this PC's clock is right (the HLC is then no longer ahead).
        await trx('outbox').where({ id: o.id }).update({ mutation_id: null });
        continue;
      }
      await trx('outbox')
        .where({ id: o.id })
        .update({ rejected: JSON.stringify(r) });
      if (r.code === 'NUMBER_CLASH') {
        const row = (await rowsById(trx, o.entity, [o.entity_id])).get(o.entity_id);
        await addConflict(trx, ctx, {
          kind: 'number',
          entity: o.entity,
          entityId: o.entity_id,
          title: numberClashTitle(o.entity, row),
          detail: r.message,
        });
        run.counts.conflicts++;
      } else {
        run.refused.push(r);
        run.deps.log?.warn('sync.rejected', { entity: o.entity, code: r.code });
      }
    }
  });
  run.counts.pushed += Math.max(0, res.accepted);
  if (clockAhead.length > 0) throw clockAheadError(clockAhead, sent, serverTime);
}

function clockAheadError(rejected: Rejection[], sent: OutboxRow[], serverTime: string): AppError {
  const ids = new Set(rejected.map((r) => r.mutationId));
  const latest = sent
    .filter((o) => ids.has(o.mutation_id))
    .map((o) => parseHlc(o.hlc)?.millis ?? 0)
    .reduce((a, b) => Math.max(a, b), 0);
  const minutes = Math.max(1, Math.round((latest - Date.parse(serverTime)) / 60_000));
  return new AppError(
    'SYNC_REFUSED',
    `Đồng hồ máy này chạy nhanh hơn máy chủ khoảng ${minutes} phút nên máy chủ chưa nhận ${rejected.length} thay đổi. ` +
      'Hãy chỉnh lại ngày giờ của máy tính rồi đồng bộ lại; các thay đổi vẫn được giữ trên máy này.',
    { minutes },
  );
}
