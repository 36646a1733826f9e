/**
 * Vietnamese IMEs (and any other) compose text in the editor: while a composition is open, ProseMirror owns the
 * DOM and nothing may replace the content or pull it out from under it. Autosave and preview wait for the
 * composition to end before they read the document.
 */

/** What we need of a TipTap editor: its view (`composing`, the contenteditable) and whether it is gone. */
export interface ComposingEditor {
  isDestroyed?: boolean;
  view: {
    composing: boolean;
    dom: { addEventListener: HTMLElement['addEventListener']; removeEventListener: HTMLElement['removeEventListener'] };
  };
}

export function isComposing(editor: ComposingEditor | null | undefined): boolean {
  if (!editor || editor.isDestroyed) return false;
  try {
    return editor.view.composing;
  } catch {
    return false; // the view is not mounted yet
  }
}

/**
 * Runs `fn` now, or once the open composition has ended (after ProseMirror has read the composed text).
 * Returns a cancel function.
 */
export function whenNotComposing(
  editor: ComposingEditor | null | undefined,
  fn: () => void,
  settleMs = 30,
): () => void {
  if (!editor || !isComposing(editor)) {
    fn();
    return () => {};
  }
  const dom = editor.view.dom;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let cancelled = false;
  const onEnd = () => {
    dom.removeEventListener('compositionend', onEnd);
    timer = setTimeout(() => {
      if (cancelled) return;
      // A new composition may have started right away (typing the next word).
      if (isComposing(editor)) dom.addEventListener('compositionend', onEnd);
      else fn();
    }, settleMs);
  };
  dom.addEventListener('compositionend', onEnd);
  return () => {
    cancelled = true;
    dom.removeEventListener('compositionend', onEnd);
    if (timer) clearTimeout(timer);
  };
}
