/** Reads a JSON body up to the protocol's size limit and validates it with a zod schema. */
import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { ERROR_CODES, SYNC_LIMITS } from '../../shared/sync-protocol';
import { HttpError } from './errors';

const tooLarge = () =>
  new HttpError(
    413,
    ERROR_CODES.tooLarge,
    `Dữ liệu gửi lên quá lớn (tối đa ${SYNC_LIMITS.maxBodyBytes / 1024 / 1024} MB).`,
  );

/**
 * The request body, refused with 413 past `limit`. The excess is read and discarded (up to 8× the limit) before
 * answering, so the client, still sending, gets the 413 instead of a reset connection.
 */
export async function readBody(req: IncomingMessage, limit = SYNC_LIMITS.maxBodyBytes): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit * 8) throw tooLarge();
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  if (size > limit) throw tooLarge();
  return Buffer.concat(chunks);
}

/** The body parsed as JSON and checked against the schema: anything else is a 400 INVALID_BODY. */
export async function readJson<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.infer<S>> {
  const raw = await readBody(req);
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, ERROR_CODES.invalid, 'Dữ liệu gửi lên không phải JSON hợp lệ.');
  }
  return parseWith(schema, json);
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => i.path.join('.') || '(gốc)')
      .join(', ');
    throw new HttpError(400, ERROR_CODES.invalid, `Dữ liệu gửi lên không đúng định dạng (${where}).`);
  }
  return parsed.data;
}
