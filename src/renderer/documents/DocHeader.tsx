/**
 * The editor's header: back to the register, what the document is (type, number or "draft", summary), its status and
 * version, the save state, and the actions: Lưu, Ban hành, Tải .docx / .pdf, In, Xoá (drafts).
 */
import {
  ArrowLeftOutlined,
  DeleteOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  PrinterOutlined,
  SaveOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { Button, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { docTypeName } from '../../shared/document-model';
import type { CommandOutput } from '../../shared/contract';
import type { DocRecord } from '../../shared/documents-contract';
import { formatDateTime } from '../app/format';
import { DocStatusTag } from './DocStatusTag';
import { SaveStatusText } from './SaveStatusText';
import type { SaveStatus } from './useAutosave';

export type Busy = null | 'save' | 'issue' | 'docx' | 'pdf' | 'print' | 'delete';

interface Props {
  doc: DocRecord;
  versions: CommandOutput<'docs.get'>['versions'];
  viewing: number;
  readOnly: boolean;
  status: SaveStatus;
  busy: Busy;
  onBack: () => void;
  onVersion: (v: number) => void;
  onSave: () => void;
  onIssue: () => void;
  onDownload: (format: 'docx' | 'pdf') => void;
  onPrint: () => void;
  onDelete: () => void;
}

export function DocHeader(p: Props) {
  const { t } = useTranslation();
  const { doc } = p;
  const draft = doc.status === 'draft';
  const a = (key: string) => t(`documents.actions.${key}`);
  // An issued document has nothing to save until it is edited (each save is a new version).
  const changed = p.status.kind === 'dirty' || p.status.kind === 'error';
  return (
    <div className="ud-doc-header">
      <div className="ud-doc-header-top">
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={p.onBack} data-testid="doc-back">
          {t('documents.editor.back')}
        </Button>
        <Typography.Title level={4} className="ud-doc-heading">
          <span data-testid="doc-heading-type">{docTypeName(doc.type)}</span>
          {' · '}
          <span data-testid="doc-number">
            {doc.numberText ? t('documents.editor.number', { number: doc.numberText }) : t('documents.editor.noNumber')}
          </span>
          {doc.summary ? <span className="ud-doc-heading-summary"> — {doc.summary}</span> : null}
        </Typography.Title>
        <DocStatusTag status={doc.status} />
        {!draft && (
          <Select
            size="small"
            className="ud-doc-version"
            value={p.viewing}
            onChange={p.onVersion}
            data-testid="doc-version"
            aria-label={t('documents.editor.versionLabel')}
            popupMatchSelectWidth={false}
            options={[...p.versions]
              .sort((x, y) => y.version - x.version)
              .map((v) => ({
                value: v.version,
                label: t(v.version === doc.version ? 'documents.editor.versionCurrent' : 'documents.editor.version', {
                  version: v.version,
                  date: formatDateTime(v.createdAt),
                }),
              }))}
          />
        )}
        <span className="ud-doc-header-spacer" />
        {!p.readOnly && <SaveStatusText status={p.status} auto={draft} />}
      </div>
      <Space wrap className="ud-doc-actions">
        {!p.readOnly && (
          <Button
            type={!draft && changed ? 'primary' : 'default'}
            icon={<SaveOutlined />}
            onClick={p.onSave}
            loading={p.busy === 'save'}
            disabled={!draft && !changed}
            data-testid="doc-save"
          >
            {draft ? a('save') : a('saveVersion')}
          </Button>
        )}
        {draft && (
          <Button
            type="primary"
            icon={<SendOutlined />}
            onClick={p.onIssue}
            loading={p.busy === 'issue'}
            data-testid="doc-issue"
          >
            {a('issue')}
          </Button>
        )}
        <Button
          icon={<FileWordOutlined />}
          onClick={() => p.onDownload('docx')}
          loading={p.busy === 'docx'}
          data-testid="doc-download-docx"
        >
          {a('docx')}
        </Button>
        <Button
          icon={<FilePdfOutlined />}
          onClick={() => p.onDownload('pdf')}
          loading={p.busy === 'pdf'}
          data-testid="doc-download-pdf"
        >
          {a('pdf')}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={p.onPrint} loading={p.busy === 'print'} data-testid="doc-print">
          {a('print')}
        </Button>
        {draft && (
          <Button
            danger
            type="text"
            icon={<DeleteOutlined />}
            onClick={p.onDelete}
            loading={p.busy === 'delete'}
            data-testid="doc-delete"
          >
            {a('delete')}
          </Button>
        )}
      </Space>
    </div>
  );
}
