/**
 * The year's vouchers (newest first, by book and type): entering one, cancelling one with its reason (it keeps its
 * number and stays listed, struck through), printing one, and its papers (the register document it rests on, named
 * on its row, and files kept with it).
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Voucher } from '../../shared/funds-contract';
import { formatDateVi } from '../../shared/text/format';
import { useApi } from '../api/ApiContext';
import { FormError } from '../common/FormError';
import { useDownload } from '../dues/useDownload';
import { CancelVoucherDialog } from './CancelVoucherDialog';
import { useDocumentLabels } from './DocumentSelect';
import { vnd, yearEnd, yearStart } from './format';
import { useCategories } from './useCategoryNames';
import { useCommand } from './useCommand';
import { VoucherDialog } from './VoucherDialog';
import { VoucherFilesDialog } from './VoucherFilesDialog';

type AccountFilter = 'all' | 'cash' | 'bank';
const PAGE = 50;

export function VouchersTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { categories, nameOf } = useCategories();
  const [account, setAccount] = useState<AccountFilter>('all');
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [cancelling, setCancelling] = useState<Voucher | null>(null);
  const [papers, setPapers] = useState<Voucher | null>(null);
  const documentName = useDocumentLabels();
  const list = useCommand('funds.vouchers', {
    from: yearStart(year),
    to: yearEnd(year),
    ...(account === 'all' ? {} : { account }),
    limit: PAGE,
    offset: (page - 1) * PAGE,
  });
  const { busy, fetchAndSave } = useDownload();
  const items = list.data?.items ?? [];

  return (
    <div data-testid="funds-vouchers">
      <div className="ud-funds-toolbar">
        <Segmented<AccountFilter>
          value={account}
          onChange={(a) => (setAccount(a), setPage(1))}
          options={(['all', 'cash', 'bank'] as const).map((a) => ({
            value: a,
            label: a === 'all' ? t('funds.vouchers.all') : t(`funds.accounts.${a}`),
          }))}
        />
        {list.data && <span>{t('funds.vouchers.count', { n: list.data.total })}</span>}
        <div className="ud-funds-actions">
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="funds-voucher-add"
          >
            {t('funds.vouchers.add')}
          </Button>
        </div>
      </div>
      <FormError error={list.error} />
      <Table<Voucher>
        size="small"
        rowKey="id"
        loading={list.loading && !list.data}
        dataSource={items}
        locale={{ emptyText: t('funds.vouchers.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: list.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
          showSizeChanger: false,
        }}
        scroll={{ y: 'calc(100vh - 300px)' }}
        rowClassName={(v) => (v.cancelledAt ? 'ud-funds-cancelled' : '')}
        onRow={() => ({ 'data-testid': 'funds-voucher-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'date', title: t('funds.vouchers.date'), width: 100, render: (_, v) => formatDateVi(v.date) },
          {
            key: 'code',
            title: t('funds.vouchers.code'),
            width: 110,
            render: (_, v) => (
              <span data-testid="funds-voucher-code">{v.pairCode ? `${v.code} / ${v.pairCode}` : v.code}</span>
            ),
          },
          {
            key: 'account',
            title: t('funds.vouchers.account'),
            width: 90,
            render: (_, v) => t(`funds.accounts.${v.account}`),
          },
          {
            key: 'description',
            title: t('funds.vouchers.description'),
            ellipsis: true,
            render: (_, v) => (
              <>
                {v.source !== 'manual' && <Tag color="blue">{t(`funds.vouchers.sources.${v.source}`)}</Tag>}
                {v.description}{' '}
                {v.documentId && (
                  <Typography.Text type="secondary" data-testid="funds-voucher-document">
                    ({documentName(v.documentId)}){' '}
                  </Typography.Text>
                )}
                {v.cancelledAt && (
                  <Tag color="red" title={v.cancelReason ?? undefined} data-testid="funds-voucher-cancelled">
                    {v.cancelReason ? `${t('funds.cancelled')}: ${v.cancelReason}` : t('funds.cancelled')}
                  </Tag>
                )}
              </>
            ),
          },
          {
            key: 'category',
            title: t('funds.vouchers.category'),
            width: 190,
            ellipsis: true,
            render: (_, v) => (v.type === 'transfer' ? t('funds.types.transfer') : nameOf(v.category)),
          },
          { key: 'party', title: t('funds.vouchers.party'), width: 160, ellipsis: true, dataIndex: 'party' },
          {
            key: 'amount',
            title: t('funds.vouchers.amount'),
            align: 'right',
            width: 130,
            render: (_, v) => <span className="ud-funds-money">{vnd(v.amount)}</span>,
          },
          {
            key: 'actions',
            title: '',
            width: 190,
            align: 'right',
            render: (_, v) => (
              <>
                <Button size="small" type="link" onClick={() => setPapers(v)} data-testid="funds-voucher-files">
                  {t('funds.files.open')}
                </Button>
                <Button
                  size="small"
                  type="link"
                  disabled={busy}
                  onClick={() => fetchAndSave(() => call('funds.voucherPdf', { id: v.id }))}
                  data-testid="funds-voucher-pdf"
                >
                  {t('funds.vouchers.pdf')}
                </Button>
                {!v.cancelledAt && (
                  <Button
                    size="small"
                    type="link"
                    danger
                    onClick={() => setCancelling(v)}
                    data-testid="funds-voucher-cancel"
                  >
                    {t('funds.vouchers.cancel')}
                  </Button>
                )}
              </>
            ),
          },
        ]}
      />
      {adding && (
        <VoucherDialog
          categories={categories}
          year={year}
          onClose={() => setAdding(false)}
          onDone={() => (setAdding(false), list.reload())}
        />
      )}
      {papers && (
        <VoucherFilesDialog
          voucher={papers}
          documentName={documentName(papers.documentId)}
          onClose={() => setPapers(null)}
        />
      )}
      {cancelling && (
        <CancelVoucherDialog
          voucher={cancelling}
          onClose={() => setCancelling(null)}
          onDone={() => (setCancelling(null), list.reload())}
        />
      )}
    </div>
  );
}
