/** Hỗ trợ đoàn viên: every support paid (newest first, the total), and recording one with its voucher. */
import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../common/FormError';
import { vnd } from '../funds/format';
import { useCommand } from '../funds/useCommand';
import { SupportDialog } from './SupportDialog';
import { SupportTable } from './SupportTable';

export function SupportTab() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useCommand('welfare.supports', {});
  const [adding, setAdding] = useState(false);
  const live = (data?.items ?? []).filter((s) => !s.cancelled);
  return (
    <div data-testid="welfare-support">
      <div className="ud-funds-toolbar">
        {data && (
          <span data-testid="welfare-support-count">
            {t('welfare.support.count', { n: live.length, amount: vnd(live.reduce((n, s) => n + s.amount, 0)) })}
          </span>
        )}
        <div className="ud-funds-actions">
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="welfare-support-add"
          >
            {t('welfare.support.add')}
          </Button>
        </div>
      </div>
      <FormError error={error} />
      <SupportTable items={data?.items ?? []} loading={loading && !data} withMember />
      {adding && <SupportDialog onClose={() => setAdding(false)} onDone={() => (setAdding(false), reload())} />}
    </div>
  );
}
