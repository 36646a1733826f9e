/**
 * The TipTap editor for a document body: our schema, the body as loaded, a change callback; read-only for old versions.
 */
import { useEditor, type Editor, type JSONContent } from '@tiptap/react';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocBody } from '../../shared/document-model';
import { editorExtensions } from './extensions';

export function useDocEditor(initial: DocBody, readOnly: boolean, onChange: () => void): Editor {
  const { t } = useTranslation();
  const change = useRef(onChange);
  change.current = onChange;
  // Created once per document version (the workspace is keyed by it): never rebuilt while someone types.
  const extensions = useMemo(() => editorExtensions(t('documents.toolbar.pageBreak')), []);
  return useEditor(
    {
      extensions,
      content: initial as JSONContent,
      editable: !readOnly,
      immediatelyRender: true,
      editorProps: {
        attributes: {
          'data-testid': 'doc-body',
          class: 'ud-doc-body',
          lang: 'vi',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': t('documents.editor.bodyLabel'),
        },
      },
      onUpdate: ({ transaction }) => {
        if (transaction.docChanged) change.current();
      },
    },
    [],
  );
}
