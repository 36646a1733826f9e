/**
 * Saving a document: on demand (Lưu), and for drafts ~1.5 s after the last change and when the page is hidden or left,
 * so nothing typed is lost on a reload. Never while an IME composition is open; one save at a time (a later change
 * saves again). Nothing goes to localStorage: the text would sit on disk unencrypted.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentModel } from '../../shared/document-model';
import type { DocRecord } from '../../shared/documents-contract';
import { whenNotComposing, type ComposingEditor } from './composing';
import type { FieldValues } from './fieldValues';
import type { Snapshot } from './snapshot';

export const AUTOSAVE_DELAY_MS = 1500;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string };

export interface AutosaveOptions {
  /** Drafts save by themselves; an issued document only when asked (each save is a new version). */
  auto: boolean;
  editor: ComposingEditor | null;
  snapshot: () => Snapshot;
  save: (model: DocumentModel) => Promise<DocRecord>;
  onSaved: (doc: DocRecord) => void;
  /** Shows the error where it belongs (fields) and returns the sentence for the status line. */
  describeError: (err: unknown) => string;
  describeMissing: (missing: (keyof FieldValues)[]) => string;
  delayMs?: number;
}

export function useAutosave(options: AutosaveOptions) {
  const opts = useRef(options);
  opts.current = options;
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const savedKey = useRef<string | null>(null);
  const savedAt = useRef<Date | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const waiter = useRef<(() => void) | null>(null);
  const inflight = useRef<Promise<boolean> | null>(null);
  const inflightKey = useRef<string | null>(null);

  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    waiter.current?.();
    waiter.current = null;
  }, []);

  /** What is on screen now counts as saved (the document as loaded). */
  const markSaved = useCallback(() => {
    savedKey.current = opts.current.snapshot().key;
  }, []);

  const isDirty = useCallback(() => opts.current.snapshot().key !== savedKey.current, []);

  /** Sends one save; what it saved counts as saved once the core answers. */
  const send = useCallback((model: DocumentModel, key: string): Promise<boolean> => {
    setStatus({ kind: 'saving' });
    inflightKey.current = key;
    const run = opts.current.save(model).then(
      (doc) => {
        savedKey.current = key;
        savedAt.current = new Date();
        // A change typed while saving is already scheduled: say so rather than "saved".
        setStatus(timer.current || waiter.current ? { kind: 'dirty' } : { kind: 'saved', at: savedAt.current });
        opts.current.onSaved(doc);
        return true;
      },
      (err: unknown) => {
        setStatus({ kind: 'error', message: opts.current.describeError(err) });
        return false;
      },
    );
    inflight.current = run;
    void run.finally(() => {
      if (inflight.current === run) {
        inflight.current = null;
        inflightKey.current = null;
      }
    });
    return run;
  }, []);

  /** Saves now if anything changed (after a save on its way). True when everything on screen is saved. */
  const saveNow = useCallback(async (): Promise<boolean> => {
    cancel();
    while (inflight.current) await inflight.current;
    const snap = opts.current.snapshot();
    if (!snap.model) {
      setStatus({ kind: 'error', message: opts.current.describeMissing(snap.missing) });
      return false;
    }
    if (snap.key === savedKey.current) {
      setStatus((s) =>
        s.kind === 'dirty' || s.kind === 'error'
          ? savedAt.current
            ? { kind: 'saved', at: savedAt.current }
            : { kind: 'idle' }
          : s,
      );
      return true;
    }
    return send(snap.model, snap.key);
  }, [cancel, send]);

  /** Called on every change of the form or the editor. */
  const changed = useCallback(() => {
    cancel();
    setStatus((s) => (s.kind === 'saving' ? s : { kind: 'dirty' }));
    if (!opts.current.auto) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      // Wait for an open IME composition to end: the text being composed is not the user's text yet.
      let ran = false;
      const stop = whenNotComposing(opts.current.editor, () => {
        ran = true;
        waiter.current = null;
        void saveNow();
      });
      if (!ran) waiter.current = stop;
    }, opts.current.delayMs ?? AUTOSAVE_DELAY_MS);
  }, [cancel, saveNow]);

  /**
   * Focus left the document, or the page is going away (reload, close, tab hidden): send what is unsaved right now,
   * without waiting for a save on its way. The request leaves synchronously, ahead of the vault lock that leaving the
   * page (or the lock button) sends.
   */
  const flush = useCallback(() => {
    if (!opts.current.auto) return;
    const snap = opts.current.snapshot();
    if (!snap.model || snap.key === savedKey.current || snap.key === inflightKey.current) return;
    cancel();
    void send(snap.model, snap.key);
  }, [cancel, send]);

  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    // Capture: runs before the app's own pagehide listener, which locks the vault.
    window.addEventListener('pagehide', onHide, { capture: true });
    window.addEventListener('beforeunload', onHide, { capture: true });
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide, { capture: true });
      window.removeEventListener('beforeunload', onHide, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      cancel();
    };
  }, [flush, cancel]);

  return { status, changed, saveNow, flush, markSaved, isDirty, cancel };
}
