/**
 * Entering a voucher: receipt, payment or transfer between cash and bank; the book, the date (dd/mm/yyyy), the
 * amount, the category of its kind (never the reserved dues one), the description and who paid or received it (a
 * member picked from the register, or a name typed), and the register document it rests on. The core numbers it
 * and refuses what the books cannot take.
 */
import { App, Form, Input, Modal, Segmented, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FUND_ACCOUNTS, VOUCHER_TYPES, type FundCategory } from '../../shared/funds-contract';
import { DateInput } from '../common/DateInput';
import { FormError } from '../common/FormError';
import { useFundsForm } from '../funds/useFundsForm';
import { DocumentSelect } from './DocumentSelect';
import { GroupedNumberInput } from '../documents/GroupedNumberInput';
import { PersonSelect } from '../meetings/PersonSelect';
import { thisYear, yearEnd } from './format';

interface Values {
  type: (typeof VOUCHER_TYPES)[number];
  account: (typeof FUND_ACCOUNTS)[number];
  date: Dayjs;
  amount: number;
  category?: string;
  description: string;
  party?: string | null;
  documentId?: string;
}

const FIELDS = ['type', 'account', 'date', 'amount', 'category', 'description', 'memberId', 'party', 'documentId'];

interface Props {
  categories: FundCategory[];
  year: number;
  onClose: () => void;
  onDone: () => void;
}

/** The person field's key ("m:<id>" a member, "n:<name>" typed) as the contract's memberId or party. */
function partyInput(key: string | null | undefined): { memberId?: string; party?: string } {
  if (!key) return {};
  return key.startsWith('m:') ? { memberId: key.slice(2) } : { party: key.slice(2) };
}

export function VoucherDialog({ categories, year, onClose, onDone }: Props) {
  const { t, call, form, busy, error, submit } = useFundsForm<Values>(FIELDS);
  const { message } = App.useApp();
  const type = Form.useWatch('type', form) ?? 'receipt';
  const kind = type === 'receipt' ? 'revenue' : 'spending';
  const usable = categories.filter((c) => c.kind === kind && !c.reserved);

  const save = (v: Values) =>
    submit(async () => {
      const made = await call('funds.addVoucher', {
        type: v.type,
        account: v.account,
        date: v.date.format('YYYY-MM-DD'),
        amount: v.amount,
        ...(v.type !== 'transfer' && v.category ? { category: v.category } : {}),
        description: v.description.trim(),
        ...partyInput(v.party),
        ...(v.documentId ? { documentId: v.documentId } : {}),
      });
      void message.success(t('funds.voucher.saved', { code: made.code }));
      onDone();
    });

  return (
    <Modal
      open
      title={t('funds.voucher.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('funds.voucher.save')}
      cancelText={t('funds.voucher.cancel')}
      okButtonProps={{ loading: busy, ...{ 'data-testid': 'funds-voucher-ok' } }}
      width={640}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={busy}
        onFinish={save}
        onValuesChange={(changed) => 'type' in changed && form.setFieldValue('category', undefined)}
        initialValues={{
          type: 'receipt',
          account: 'cash',
          date: year === thisYear() ? dayjs() : dayjs(yearEnd(year)),
        }}
        data-testid="funds-voucher-dialog"
      >
        <Form.Item name="type" label={t('funds.voucher.type')}>
          <Segmented
            options={VOUCHER_TYPES.map((v) => ({
              value: v,
              label: <span data-testid={`funds-voucher-type-${v}`}>{t(`funds.types.${v}`)}</span>,
            }))}
          />
        </Form.Item>
        <div className="ud-funds-form-row">
          <Form.Item
            name="account"
            label={type === 'transfer' ? t('funds.voucher.transferFrom') : t('funds.voucher.account')}
          >
            <Select
              options={FUND_ACCOUNTS.map((a) => ({ value: a, label: t(`funds.accounts.${a}`) }))}
              data-testid="funds-voucher-account"
            />
          </Form.Item>
          <Form.Item name="date" label={t('funds.voucher.date')} rules={[{ required: true }]}>
            <DateInput allowClear={false} data-testid="funds-voucher-date" />
          </Form.Item>
          <Form.Item name="amount" label={t('funds.voucher.amount')} rules={[{ required: true }]}>
            <GroupedNumberInput data-testid="funds-voucher-amount" />
          </Form.Item>
        </div>
        {type === 'transfer' ? (
          <Typography.Paragraph type="secondary">{t('funds.voucher.transferHint')}</Typography.Paragraph>
        ) : (
          <Form.Item name="category" label={t('funds.voucher.category')} rules={[{ required: true }]}>
            <Select
              options={usable.map((c) => ({ value: c.code, label: `${c.line} — ${c.name}` }))}
              data-testid="funds-voucher-category"
            />
          </Form.Item>
        )}
        <Form.Item
          name="description"
          label={t('funds.voucher.description')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={500} data-testid="funds-voucher-description" />
        </Form.Item>
        {type !== 'transfer' && (
          <Form.Item name="party" label={t('funds.voucher.party')}>
            <PersonSelect testId="funds-voucher-party" placeholder={t('funds.voucher.partyHint')} />
          </Form.Item>
        )}
        <Form.Item name="documentId" label={t('funds.document.label')}>
          <DocumentSelect testId="funds-voucher-document" />
        </Form.Item>
      </Form>
      <FormError error={error} />
    </Modal>
  );
}
