/** Add, rename or move a union group (name + parent). The core's refusals show in the dialog. */
import { Alert, Form, Input, Modal, TreeSelect } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../shared/members-contract';
import { useApi } from '../api/ApiContext';
import { useSubmit } from '../api/useSubmit';
import { showFieldErrors } from '../common/errors';
import { unitTree } from './unitTree';

export type UnitEdit = { kind: 'new'; parentId: string | null } | { kind: 'edit'; unit: Unit };

interface Values {
  name: string;
  parentId?: string | null;
}

export function UnitDialog({
  edit,
  units,
  onClose,
  onSaved,
}: {
  edit: UnitEdit | null;
  units: Unit[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useSubmit();
  // A group cannot move under itself or one of its own sub-groups.
  const tree = useMemo(() => unitTree(units, edit?.kind === 'edit' ? edit.unit.id : undefined), [units, edit]);

  const submit = async (v: Values) => {
    if (!edit) return;
    await run(
      async () => {
        await call('units.save', {
          ...(edit.kind === 'edit' ? { id: edit.unit.id } : {}),
          name: v.name.trim(),
          parentId: v.parentId ?? null,
        });
        onSaved();
      },
      (err) => showFieldErrors(t, form, err, ['name', 'parentId']),
    );
  };

  const initial: Values =
    edit?.kind === 'edit'
      ? { name: edit.unit.name, parentId: edit.unit.parentId }
      : { name: '', parentId: edit?.parentId ?? null };
  // The dialog is reused: each opening starts from this group's values, not from the last dialog's (the Form may
  // mount after this effect, and then keeps what the store holds).
  useEffect(() => {
    if (!edit) return;
    form.setFieldsValue(
      edit.kind === 'edit'
        ? { name: edit.unit.name, parentId: edit.unit.parentId }
        : { name: '', parentId: edit.parentId },
    );
    setError(null);
  }, [edit, form]);
  return (
    <Modal
      open={edit !== null}
      title={t(edit?.kind === 'edit' ? 'members.units.editTitle' : 'members.units.newTitle')}
      okText={t('members.units.save')}
      cancelText={t('members.units.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'unit-save' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        preserve={false}
        initialValues={initial}
        onFinish={submit}
        onValuesChange={() => setError(null)}
      >
        <Form.Item
          name="name"
          label={t('members.units.name')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 200, message: t('validation.tooLong', { max: 200 }) },
          ]}
        >
          <Input autoFocus data-testid="unit-name" />
        </Form.Item>
        <Form.Item name="parentId" label={t('members.units.parent')}>
          <TreeSelect
            allowClear
            treeDefaultExpandAll
            placeholder={t('members.units.topLevel')}
            treeData={tree}
            data-testid="unit-parent"
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} role="alert" data-testid="unit-error" />}
    </Modal>
  );
}
