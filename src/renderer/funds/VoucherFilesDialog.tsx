/**
 * A voucher's papers: the register document it rests on, and the files kept with it (an invoice, a signed list),
 * listed with their size, downloaded, removed, and added from the computer: the renderer reads the picked file's
 * bytes and hands them to the core (no path crosses over). A voucher of a closed year is refused by the core.
 */
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Modal, Popconfirm, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Voucher } from '../../shared/funds-contract';
import { VOUCHER_FILE_ACCEPT, VOUCHER_FILE_MAX_BYTES, type VoucherFileInfo } from '../../shared/funds-files-contract';
import { useApi } from '../api/ApiContext';
import { formatSize } from '../app/format';
import { detailText } from '../common/errors';
import { FormError } from '../common/FormError';
import { useDownload } from '../dues/useDownload';
import { readBytes } from '../meetings/AttachmentSelect';
import { toBase64 } from '../meetings/zipOf';
import { useCommand } from './useCommand';

interface Props {
  voucher: Voucher;
  /** The linked register document, named (null: none). */
  documentName: string | null;
  onClose: () => void;
}

export function VoucherFilesDialog({ voucher, documentName, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const list = useCommand('funds.voucherFiles', { voucherId: voucher.id });
  const { busy, fetchAndSave } = useDownload();
  const [working, setWorking] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const run = async (work: () => Promise<string>) => {
    setWorking(true);
    try {
      void message.success(await work());
      list.reload();
    } catch (err) {
      void message.error(detailText(t, err));
    } finally {
      setWorking(false);
    }
  };

  const attach = (file: File) => {
    // Checked here too so a 300 MB scan is not read into memory only to be refused.
    if (file.size > VOUCHER_FILE_MAX_BYTES) return void message.error(t('funds.files.tooBig'));
    void run(async () => {
      const base64 = toBase64(await readBytes(file));
      const mime = file.type || 'application/octet-stream';
      await call('funds.attachFile', { voucherId: voucher.id, fileName: file.name, mime, base64 });
      return t('funds.files.attached', { name: file.name });
    });
  };

  const remove = (f: VoucherFileInfo) =>
    run(async () => {
      await call('funds.removeFile', { id: f.id });
      return t('funds.files.removed', { name: f.fileName });
    });

  return (
    <Modal
      open
      title={t('funds.files.title', { code: voucher.code })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('funds.voucher.cancel')}</Button>}
      width={640}
      destroyOnHidden
    >
      <div data-testid="funds-files-dialog">
        <Typography.Paragraph>
          <Typography.Text strong>{t('funds.files.document')}: </Typography.Text>
          <span data-testid="funds-files-document">{documentName ?? t('funds.files.noDocument')}</span>
        </Typography.Paragraph>
        <FormError error={list.error} />
        <Table<VoucherFileInfo>
          size="small"
          rowKey="id"
          pagination={false}
          loading={list.loading && !list.data}
          dataSource={list.data?.files ?? []}
          locale={{ emptyText: t('funds.files.empty') }}
          onRow={() => ({ 'data-testid': 'funds-file-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              key: 'name',
              title: t('funds.files.name'),
              ellipsis: true,
              render: (_, f) => (
                <Button
                  type="link"
                  size="small"
                  disabled={busy}
                  onClick={() => fetchAndSave(() => call('funds.voucherFile', { id: f.id }))}
                  data-testid="funds-file-download"
                >
                  {f.fileName}
                </Button>
              ),
            },
            {
              key: 'size',
              title: t('funds.files.size'),
              width: 120,
              align: 'right',
              render: (_, f) => formatSize(f.size, t, i18n.language),
            },
            {
              key: 'remove',
              title: '',
              width: 50,
              render: (_, f) => (
                <Popconfirm title={t('funds.files.removeConfirm', { name: f.fileName })} onConfirm={() => remove(f)}>
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('funds.files.remove')}
                    data-testid="funds-file-remove"
                  />
                </Popconfirm>
              ),
            },
          ]}
        />
        <div className="ud-funds-actions" style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">{t('funds.files.types')}</Typography.Text>
          <Button
            icon={<PaperClipOutlined />}
            loading={working}
            onClick={() => input.current?.click()}
            data-testid="funds-file-attach"
          >
            {t('funds.files.attach')}
          </Button>
        </div>
        <input
          ref={input}
          type="file"
          accept={VOUCHER_FILE_ACCEPT}
          hidden
          data-testid="funds-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) attach(file);
          }}
        />
      </div>
    </Modal>
  );
}
