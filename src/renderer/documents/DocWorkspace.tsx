/**
 * One document open for work: the official fields and the body on the left, the live preview on the right, the header
 * with its actions above. Drafts save themselves; an issued document saves a new version when asked (said in an
 * Alert); an old version is shown read-only.
 */
import { Alert, App, Button, Card, Col, Form, Row } from 'antd';
import { EditorContent } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import type { DocRecord } from '../../shared/documents-contract';
import { useApi } from '../api/ApiContext';
import { DocHeader, type Busy } from './DocHeader';
import { detailText, showFieldErrors } from '../common/errors';
import { FieldsCard } from './FieldsCard';
import { FIELD_NAMES, toFormValues, type FieldValues } from './fieldValues';
import { PreviewPane } from './PreviewPane';
import { takeSnapshot } from './snapshot';
import { Toolbar } from './Toolbar';
import { useAutosave } from './useAutosave';
import { useDocCommands } from './useDocCommands';
import { useDocEditor } from './useDocEditor';
import { usePreview } from './usePreview';

export type Loaded = CommandOutput<'docs.get'> & { requested?: number };

interface Props {
  loaded: Loaded;
  onVersion: (version: number | undefined) => void;
  onClose: () => void;
}

export function DocWorkspace({ loaded, onVersion, onClose }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { modal } = App.useApp();
  const readOnly = loaded.requested !== undefined && loaded.requested !== loaded.doc.version;
  const [doc, setDocState] = useState<DocRecord>(loaded.doc);
  const viewing = readOnly ? loaded.requested! : doc.version;
  const [versions, setVersions] = useState(loaded.versions);
  const [busy, setBusy] = useState<Busy>(null);
  const docRef = useRef(doc);
  const setDoc = useCallback((d: DocRecord) => {
    docRef.current = d;
    setDocState(d);
  }, []);
  const [form] = Form.useForm<FieldValues>();
  // The official fields fold to one line once filled; a refused or missing field opens them again.
  const [fieldsOpen, setFieldsOpen] = useState(false);
  const initialValues = useMemo(() => toFormValues(loaded.model.fields), [loaded]);
  const changedRef = useRef(() => {});
  const editor = useDocEditor(loaded.model.body, readOnly, () => changedRef.current());

  const snapshot = useCallback(() => {
    let json = null;
    try {
      json = editor.getJSON();
    } catch {
      /* the editor is being torn down */
    }
    return takeSnapshot(form.getFieldsValue(true), json, docRef.current.number);
  }, [editor, form]);

  const refreshVersions = useCallback(async () => {
    try {
      setVersions((await call('docs.get', { id: docRef.current.id })).versions);
    } catch {
      /* the list stays as it was */
    }
  }, [call]);

  const autosave = useAutosave({
    auto: doc.status === 'draft' && !readOnly,
    editor,
    snapshot,
    save: (model) => call('docs.save', { id: docRef.current.id, fields: model.fields, body: model.body }),
    onSaved: (d) => {
      const newVersion = d.version !== docRef.current.version;
      setDoc(d);
      if (newVersion) void refreshVersions();
    },
    describeError: (err) => {
      setFieldsOpen(true);
      return showFieldErrors(t, form, err, FIELD_NAMES, 'fields') ?? t('documents.autosave.fixFields');
    },
    describeMissing: (missing) => {
      setFieldsOpen(true);
      form.validateFields(missing).catch(() => undefined);
      return t('documents.autosave.fixFields');
    },
  });
  const preview = usePreview(editor, snapshot);
  changedRef.current = () => {
    if (readOnly) return;
    autosave.changed();
    preview.changed();
  };

  // The document as loaded is what is saved; show it at once. Once: marking again later would hide unsaved edits.
  const { markSaved, flush } = autosave;
  const { refresh } = preview;
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    markSaved();
    void refresh();
  }, [markSaved, refresh]);

  // Leaving the page for another part of the app: save what is left.
  const deleted = useRef(false);
  useEffect(
    () => () => {
      if (!deleted.current) flush();
    },
    [flush],
  );

  const commands = useDocCommands({
    doc: docRef,
    setDoc,
    form,
    autosave,
    snapshot,
    readOnly,
    viewing,
    setBusy,
    refreshVersions,
    refreshPreview: () => void refresh(),
    onFieldErrors: () => setFieldsOpen(true),
  });

  const back = async () => {
    if (!readOnly && docRef.current.status === 'draft') {
      await autosave.saveNow();
      onClose();
    } else if (!readOnly && autosave.isDirty()) {
      modal.confirm({
        title: t('documents.leave.title'),
        content: t('documents.leave.body'),
        okText: t('documents.leave.ok'),
        cancelText: t('documents.leave.cancel'),
        okButtonProps: { danger: true, 'data-testid': 'doc-leave-ok' },
        onOk: onClose,
      });
    } else onClose();
  };

  const remove = () =>
    modal.confirm({
      title: t('documents.delete.title'),
      content: t('documents.delete.body'),
      okText: t('documents.delete.ok'),
      cancelText: t('documents.leave.cancel'),
      okButtonProps: { danger: true, 'data-testid': 'doc-delete-ok' },
      onOk: async () => {
        autosave.cancel();
        deleted.current = true;
        setBusy('delete');
        try {
          await call('docs.delete', { id: docRef.current.id });
          onClose();
        } catch (err) {
          deleted.current = false;
          modal.error({ title: detailText(t, err) });
        } finally {
          setBusy(null);
        }
      },
    });

  const switchVersion = (v: number) => {
    const go = () => onVersion(v === doc.version ? undefined : v);
    if (!readOnly && autosave.isDirty())
      modal.confirm({
        title: t('documents.leave.title'),
        content: t('documents.leave.body'),
        okText: t('documents.leave.ok'),
        cancelText: t('documents.leave.cancel'),
        onOk: go,
      });
    else go();
  };

  return (
    // Focus leaving a field or the body (to the lock button, another page…) saves a draft at once.
    <div className="ud-doc-editor" data-testid="doc-editor" data-doc-id={doc.id} onBlur={flush}>
      <DocHeader
        doc={doc}
        versions={versions}
        viewing={viewing}
        readOnly={readOnly}
        status={autosave.status}
        busy={busy}
        onBack={() => void back()}
        onVersion={switchVersion}
        onSave={() => void commands.save()}
        onIssue={commands.issue}
        onDownload={(f) => void commands.download(f)}
        onPrint={() => void commands.print()}
        onDelete={remove}
      />
      {readOnly ? (
        <Alert
          type="info"
          showIcon
          className="ud-doc-alert"
          data-testid="doc-old-version"
          title={t('documents.editor.oldVersion', { version: viewing })}
          action={
            <Button size="small" onClick={() => onVersion(undefined)} data-testid="doc-to-current">
              {t('documents.editor.toCurrent')}
            </Button>
          }
        />
      ) : doc.status === 'issued' ? (
        <Alert
          type="warning"
          showIcon
          className="ud-doc-alert"
          data-testid="doc-issued-alert"
          title={t('documents.editor.issuedAlert', { number: doc.numberText })}
        />
      ) : null}
      <Row gutter={16} className="ud-doc-columns">
        <Col xs={24} xl={10} className="ud-doc-left">
          <FieldsCard
            form={form}
            initialValues={initialValues}
            issued={doc.status === 'issued'}
            readOnly={readOnly}
            numberText={doc.numberText}
            open={fieldsOpen}
            onOpen={setFieldsOpen}
            onChange={() => changedRef.current()}
          />
          <Card size="small" title={t('documents.editor.bodyCard')} className="ud-doc-card ud-doc-body-card">
            {!readOnly && <Toolbar editor={editor} />}
            <EditorContent editor={editor} className="ud-doc-body-wrap" />
          </Card>
        </Col>
        {/* The wider half for the preview: at 1366×768 a half-width page printed ~8 px text. */}
        <Col xs={24} xl={14} className="ud-doc-right">
          <Card size="small" title={t('documents.editor.previewCard')} className="ud-doc-card ud-doc-preview-card">
            <PreviewPane preview={preview} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
