/**
 * Khoản mục: the categories with their B14/B07 line, in report order; the union adds its own and renames a category
 * or moves it to another line. The core keeps a reserved category's kind and a used one's kind (its refusal shows).
 */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_KINDS, type FundCategory } from '../../shared/funds-contract';
import { FormError } from '../common/FormError';
import { useCommand } from './useCommand';
import { useFundsForm } from './useFundsForm';

type Values = Pick<FundCategory, 'code' | 'name' | 'kind' | 'line'>;

function CategoryDialog({
  editing,
  onClose,
  onDone,
}: {
  editing: FundCategory | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, call, form, busy, error, submit } = useFundsForm<Values>(['code', 'name', 'kind', 'line']);
  const { message } = App.useApp();
  const save = (v: Values) =>
    submit(async () => {
      const c = await call('funds.setCategory', { ...v, code: v.code.trim() });
      void message.success(t('funds.categories.saved', { name: c.name }));
      onDone();
    });
  return (
    <Modal
      open
      title={editing ? t('funds.categories.editTitle', { code: editing.code }) : t('funds.categories.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('funds.opening.save')}
      okButtonProps={{ loading: busy, ...{ 'data-testid': 'funds-category-ok' } }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={save}
        disabled={busy}
        initialValues={editing ?? { kind: 'spending' }}
        data-testid="funds-category-dialog"
      >
        <Form.Item
          name="code"
          label={t('funds.categories.code')}
          extra={t('funds.categories.codeHint')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={60} disabled={editing !== null} data-testid="funds-category-code" />
        </Form.Item>
        <Form.Item name="name" label={t('funds.categories.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} data-testid="funds-category-name" />
        </Form.Item>
        <div className="ud-funds-form-row">
          <Form.Item name="kind" label={t('funds.categories.kind')}>
            <Segmented
              disabled={editing?.reserved === true}
              options={CATEGORY_KINDS.map((k) => ({
                value: k,
                label: <span data-testid={`funds-category-kind-${k}`}>{t(`funds.kinds.${k}`)}</span>,
              }))}
            />
          </Form.Item>
          <Form.Item name="line" label={t('funds.categories.line')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={20} placeholder="II.3" data-testid="funds-category-line" />
          </Form.Item>
        </div>
      </Form>
      <FormError error={error} />
    </Modal>
  );
}

export function CategoriesTab() {
  const { t } = useTranslation();
  const list = useCommand('funds.categories', {});
  const [editing, setEditing] = useState<FundCategory | 'new' | null>(null);
  return (
    <div data-testid="funds-categories">
      <div className="ud-funds-toolbar">
        <span>{t('funds.categories.help')}</span>
        <div className="ud-funds-actions">
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="funds-category-add"
          >
            {t('funds.categories.add')}
          </Button>
        </div>
      </div>
      <FormError error={list.error} />
      <Table<FundCategory>
        size="small"
        rowKey="code"
        pagination={false}
        loading={list.loading && !list.data}
        dataSource={list.data?.categories ?? []}
        onRow={() => ({ 'data-testid': 'funds-category-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'line', title: t('funds.categories.line'), width: 90, dataIndex: 'line' },
          {
            key: 'name',
            title: t('funds.categories.name'),
            render: (_, c) => (
              <>
                {c.name} {!c.builtIn && <Tag color="green">{t('funds.categories.own')}</Tag>}
                {c.reserved && <Tag>{t('funds.categories.reserved')}</Tag>}
              </>
            ),
          },
          { key: 'code', title: t('funds.categories.code'), width: 160, dataIndex: 'code' },
          { key: 'kind', title: t('funds.categories.kind'), width: 80, render: (_, c) => t(`funds.kinds.${c.kind}`) },
          {
            key: 'edit',
            title: '',
            width: 90,
            render: (_, c) => (
              <Button size="small" type="link" onClick={() => setEditing(c)} data-testid="funds-category-edit">
                {t('funds.categories.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing && (
        <CategoryDialog
          editing={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={() => (setEditing(null), list.reload())}
        />
      )}
    </div>
  );
}
