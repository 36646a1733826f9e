/**
 * The document editor behind React.lazy: tiptap and ProseMirror (about a fifth of the renderer's code) are fetched
 * only when a document is opened, not with the register or the page that lists the papers.
 */
import { Skeleton } from 'antd';
import { Suspense, lazy, type ComponentProps } from 'react';
import type { DocEditor as EagerDocEditor } from './DocEditor';

const EditorChunk = lazy(() => import('./DocEditor').then((m) => ({ default: m.DocEditor })));

export function DocEditor(props: ComponentProps<typeof EagerDocEditor>) {
  return (
    <Suspense fallback={<Skeleton active />}>
      <EditorChunk {...props} />
    </Suspense>
  );
}
