/**
 * The member record as one form, grouped in sections. A new member is added with everything filled in; an
 * existing one is updated with only the fields that changed. The core's VALIDATION issues appear under fields.
 */
import { App, Button, Card, Col, Form, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, Unit } from '../../shared/members-contract';
import { splitName } from '../../shared/text/names';
import { useApi } from '../api/ApiContext';
import { AdmissionFields } from './AdmissionFields';
import { useSubmit } from '../api/useSubmit';
import { showFieldErrors } from '../common/errors';
import { FormError } from '../common/FormError';
import { ALL_FIELDS, SECTIONS } from './fields';
import { FieldInput } from './FieldInput';
import { PositionsEditor } from './PositionsEditor';
import { changedFields, newMemberPayload, toFormValues, toPayload, type FormValues } from './values';

const PARTS = ['familyName', 'middleName', 'givenName'] as const;
const FIELD_NAMES = [...ALL_FIELDS.map((f) => f.name), 'positions', 'event', 'eventDate', 'eventRef'];

type Values = FormValues & { event?: 'admitted' | 'transferred_in'; eventDate?: Dayjs | null; eventRef?: string };

interface Props {
  member: Member | null;
  units: Unit[];
  onSaved: (member: Member, created: boolean) => void;
  /** A new member's form offers "Huỷ" (closing without saving). */
  onCancel?: () => void;
}

const sameParts = (m: Member) => {
  const auto = splitName(m.fullName);
  return PARTS.every((p) => (m[p] ?? '') === auto[p]);
};

export function MemberForm({ member, units, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useSubmit();
  const initial = useMemo(() => toFormValues(member), [member]);
  const initialPayload = useMemo(() => toPayload(initial), [initial]);
  const unitNames = useMemo(() => units.map((u) => u.name), [units]);
  const [tagNames, setTagNames] = useState<string[]>([]);
  useEffect(() => {
    call('members.tags', {}).then(
      (r) => setTagNames(r.items.map((x) => x.tag)),
      () => setTagNames([]), // no suggestions; typing a tag still works
    );
  }, [call]);
  // Name parts follow the full name until someone edits them (or they were already set by hand).
  const partsByHand = useRef(member ? !sameParts(member) : false);

  const onValuesChange = (changed: Partial<Values>) => {
    setError(null);
    if (PARTS.some((p) => p in changed)) partsByHand.current = true;
    if ('fullName' in changed && !partsByHand.current) form.setFieldsValue(splitName(String(changed.fullName ?? '')));
  };

  const submit = async (values: Values) => {
    await run(
      async () => {
        if (member) {
          const changes = changedFields(initialPayload, toPayload(values));
          if (!Object.keys(changes).length) {
            void message.info(t('members.form.unchanged'));
            return;
          }
          const saved = await call('members.update', { id: member.id, ...changes });
          void message.success(t('members.form.saved'));
          onSaved(saved, false);
        } else {
          const saved = await call('members.add', {
            ...newMemberPayload(values),
            event: values.event ?? 'admitted',
            ...(values.eventDate ? { eventDate: values.eventDate.format('YYYY-MM-DD') } : {}),
            ...(values.eventRef?.trim() ? { eventRef: values.eventRef.trim() } : {}),
          });
          void message.success(t('members.form.created'));
          onSaved(saved, true);
        }
      },
      (err) => showFieldErrors(t, form, err, FIELD_NAMES),
    );
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initial}
      onValuesChange={onValuesChange}
      onFinish={submit}
      disabled={busy}
      scrollToFirstError
      className="ud-member-form"
      data-testid="member-form"
    >
      {!member && (
        <Card size="small" title={t('members.form.sections.admission')} className="ud-form-section">
          <AdmissionFields />
        </Card>
      )}
      {SECTIONS.map((section) => (
        <Card
          key={section.key}
          size="small"
          title={t(`members.form.sections.${section.key}`)}
          className="ud-form-section"
        >
          <Row gutter={16}>
            {section.fields.map((spec) => (
              <Col key={spec.name} xs={24} md={spec.span}>
                <FieldInput spec={spec} unitNames={unitNames} tagNames={tagNames} />
              </Col>
            ))}
          </Row>
          {section.key === 'union' && (
            <>
              <div className="ud-subsection-title">{t('members.form.sections.positions')}</div>
              <PositionsEditor />
            </>
          )}
        </Card>
      ))}
      <div className="ud-form-actions">
        <FormError error={error} testId="member-form-error" />
        <Button type="primary" htmlType="submit" loading={busy} data-testid="member-save">
          {t(member ? 'members.form.save' : 'members.form.create')}
        </Button>
        {onCancel && (
          <Button onClick={onCancel} disabled={busy} data-testid="member-cancel">
            {t('members.page.cancel')}
          </Button>
        )}
      </div>
    </Form>
  );
}
