/**
 * The live preview: the core renders the document as it stands (docs.preview, HTML) a moment after each change.
 * Waits for an open IME composition to end; answers to older requests are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { whenNotComposing, type ComposingEditor } from './composing';
import { detailText } from '../common/errors';
import { base64ToText } from './files';
import type { Snapshot } from './snapshot';

export const PREVIEW_DELAY_MS = 500;

export interface PreviewState {
  html: string | null;
  loading: boolean;
  error: string | null;
  /** The fields cannot make a document yet (no date, type or issuer): the last preview stays. */
  incomplete: boolean;
}

export function usePreview(editor: ComposingEditor | null, snapshot: () => Snapshot, delayMs = PREVIEW_DELAY_MS) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [state, setState] = useState<PreviewState>({ html: null, loading: false, error: null, incomplete: false });
  const take = useRef(snapshot);
  take.current = snapshot;
  const shownKey = useRef<string | null>(null);
  const generation = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const waiter = useRef<(() => void) | null>(null);
  const editorRef = useRef(editor);
  editorRef.current = editor;

  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    waiter.current?.();
    waiter.current = null;
  }, []);

  const run = useCallback(async () => {
    const snap = take.current();
    if (!snap.model) {
      setState((s) => ({ ...s, incomplete: true }));
      return;
    }
    if (snap.key === shownKey.current) {
      setState((s) => (s.incomplete ? { ...s, incomplete: false } : s));
      return;
    }
    shownKey.current = snap.key;
    const gen = ++generation.current;
    setState((s) => ({ ...s, loading: true, incomplete: false }));
    try {
      const res = await call('docs.preview', { model: snap.model, format: 'html' });
      if (gen === generation.current)
        setState({ html: base64ToText(res.base64), loading: false, error: null, incomplete: false });
    } catch (err) {
      if (gen !== generation.current) return;
      shownKey.current = null; // try again on the next change
      setState((s) => ({ ...s, loading: false, error: detailText(t, err) }));
    }
  }, [call, t]);

  const changed = useCallback(() => {
    cancel();
    timer.current = setTimeout(() => {
      timer.current = null;
      let ran = false;
      const stop = whenNotComposing(editorRef.current, () => {
        ran = true;
        waiter.current = null;
        void run();
      });
      if (!ran) waiter.current = stop;
    }, delayMs);
  }, [cancel, run, delayMs]);

  useEffect(() => cancel, [cancel]);

  return { ...state, changed, refresh: run };
}
