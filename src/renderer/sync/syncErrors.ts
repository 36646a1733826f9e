/**
 * Sync failures in the secretary's words. The code decides the sentence (errors.SYNC_*); a refusal carries the
 * server's own reason (a number gap, another CĐCS's data), so that one is quoted after "Máy chủ từ chối:".
 */
import type { TFunction } from 'i18next';
import { CallError } from '../api/call';
import { errorText } from '../common/errors';

/** The sentence for a sync failure given as code and message (a thrown error, or the status's `lastError`). */
export function syncFailureText(t: TFunction, failure: { code: string; message: string }): string {
  if (failure.code === 'SYNC_REFUSED' && failure.message.trim())
    return t('sync.errors.refused', { message: failure.message });
  return errorText(t, new CallError(failure));
}

/** The sentence for an error thrown by a sync command. */
export function syncErrorText(t: TFunction, err: unknown): string {
  return err instanceof CallError ? syncFailureText(t, err) : errorText(t, err);
}
