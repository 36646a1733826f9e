/**
 * Văn bản: the register of outgoing documents (#/documents) and one document open in the editor (#/documents/<id>).
 * The shell passes the part after the page as `sub`; without a shell route the page keeps it itself.
 */
import { Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageProps } from '../shell/page';
import { DocEditor } from './LazyDocEditor';
import { DocRegister } from './DocRegister';
import './documents.css';

export function DocumentsPage({ sub: tab, onSub: onTab }: Partial<Pick<PageProps, 'sub' | 'onSub'>>) {
  const { t } = useTranslation();
  const [own, setOwn] = useState<string | undefined>(tab);
  const open = onTab ? tab : own;
  const go = (id?: string) => (onTab ? onTab(id) : setOwn(id));

  return (
    <div data-testid="documents-page" className="ud-documents">
      {open ? (
        <DocEditor key={open} id={open} onClose={() => go(undefined)} />
      ) : (
        <>
          <Typography.Title level={3} className="ud-docs-title">
            {t('documents.title')}
          </Typography.Title>
          <DocRegister onOpen={(id) => go(id)} />
        </>
      )}
    </div>
  );
}
