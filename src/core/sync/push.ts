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
  // While nothing but this PC's own new rows enter the log, the cursor follows its pushes (see fastForward). Only a
  // fast-forward moves the cursor during a push, so each batch's base cursor is known without reading it back.
  let head: number | null = local.cursor === server.cursor && !local.renumber ? server.cursor : null;
  const send = (batch: Batch) => {
    const answer = http.push(
      `{"protocolVersion":1,"schemaVersion":${schemaVersion},"deviceId":${JSON.stringify(run.deviceId)},` +
        `"baseCursor":${head ?? local.cursor},"mutations":${batch.json}}`,
    );
    answer.catch(() => undefined); // seen when awaited; unawaited only when the run already failed
    return answer;
  };
  // One request at a time, in mutation order; around it, this PC reads the next batch and records the last answer
  // while the server works: the next batch leaves as soon as an answer arrives, before that answer is recorded.
  let batch = await readBatch(run, 0);
  let answer = batch && send(batch);
  while (batch && answer) {
    const ahead = readBatch(run, batch.sent[batch.sent.length - 1].mutation_id);
    ahead.catch(() => undefined);
    const res = await answer;
    head = head === null ? null : fastForward(head, batch.sent, batch.mutations, res);
    const next = await ahead;
    const nextAnswer = next && send(next);
    await settle(run, batch.sent, res, server.serverTime, head);
    batch = next;
    answer = nextAnswer;
  }
}

interface Batch {
  sent: OutboxRow[];
  mutations: Mutation[];
  /** The mutations as JSON, written while reading ahead: the request only wraps them. */
  json: string;
}

/**
 * The unsent outbox rows after mutation `after`, as one request's mutations (null when there are none). Reading
 * ahead is safe: the rows of a batch still in flight are all at or below `after`, and whatever the answer does to
 * them (sent, refused, numbered again) leaves the rows after it as they are.
 */
async function readBatch(run: RunContext, after: number): Promise<Batch | null> {
  const db = run.deps.session().db;
  const rows = await nextUnsent(db, after, SYNC_LIMITS.maxMutationsPerPush);
  if (rows.length === 0) return null;
  const { mutations, json } = fitBatch(await toMutations(db, rows));
  return { sent: rows.slice(0, mutations.length), mutations, json };
}

/** The leading mutations that fit one body (at least one: a single larger one is the server's to refuse). */
function fitBatch(all: Mutation[]): { mutations: Mutation[]; json: string } {
  const parts: string[] = [];
  let bytes = 0;
  for (const m of all) {
    const text = JSON.stringify(m);
    bytes += text.length + 1;
    if (bytes > MAX_BATCH_BYTES && parts.length > 0) break;
    parts.push(text);
  }
  return { mutations: all.slice(0, parts.length), json: `[${parts.join(',')}]` };
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
