/**
 * What the editor's buttons do. Lưu saves (an issued document: a new version). Ban hành saves first, asks, then issues
 * and shows the number. Tải .docx/.pdf renders what is saved (a draft is saved first; an old version renders itself).
 * In prints the page as it stands (the core's HTML with its A4 rules) from a frame that runs no scripts.
 */
import { App, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import type { MutableRefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { docTypeName } from '../../shared/document-model';
import type { DocRecord } from '../../shared/documents-contract';
import { useApi } from '../api/ApiContext';
import type { Busy } from './DocHeader';
import { detailText, showFieldErrors } from '../common/errors';
import { FIELD_NAMES, type FieldValues } from './fieldValues';
import { base64ToText, downloadFile, printHtml } from './files';
import type { Snapshot } from './snapshot';
import type { useAutosave } from './useAutosave';

interface Options {
  doc: MutableRefObject<DocRecord>;
  setDoc: (d: DocRecord) => void;
  form: FormInstance<FieldValues>;
  autosave: ReturnType<typeof useAutosave>;
  snapshot: () => Snapshot;
  readOnly: boolean;
  viewing: number;
  setBusy: (b: Busy) => void;
  refreshVersions: () => Promise<void>;
  /** The number changed the header: render the preview again. */
  refreshPreview: () => void;
  /** The core refused a field: show the official fields (they may be folded). */
  onFieldErrors: () => void;
}

export function useDocCommands(o: Options) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message, modal } = App.useApp();

  const busyWhile = async <T,>(b: Busy, work: () => Promise<T>): Promise<T> => {
    o.setBusy(b);
    try {
      return await work();
    } finally {
      o.setBusy(null);
    }
  };

  const save = () =>
    busyWhile('save', async () => {
      const before = o.doc.current.version;
      const ok = await o.autosave.saveNow();
      if (ok && o.doc.current.version !== before)
        void message.success(t('documents.actions.savedVersion', { version: o.doc.current.version }));
      return ok;
    });

  const issueNow = async () => {
    const ok = await o.autosave.saveNow();
    if (!ok) {
      void message.error(t('documents.issue.saveFirst'));
      return;
    }
    try {
      const d = await call('docs.issue', { id: o.doc.current.id });
      o.setDoc(d);
      // The register's number is now part of the fields: what is on screen is what is saved.
      o.autosave.markSaved();
      void o.refreshVersions();
      o.refreshPreview();
      modal.success({
        title: t('documents.issue.doneTitle'),
        content: <span data-testid="doc-issued-number">{t('documents.issue.done', { number: d.numberText })}</span>,
        okButtonProps: { 'data-testid': 'doc-issued-ok' },
      });
    } catch (err) {
      o.onFieldErrors();
      const general = showFieldErrors(t, o.form, err, FIELD_NAMES, 'fields');
      void message.error(general ?? t('documents.issue.fixFields'));
    }
  };

  const issue = () => {
    const snap = o.snapshot();
    const date = snap.model ? dayjs(snap.model.fields.date) : null;
    modal.confirm({
      title: t('documents.issue.title'),
      content: t('documents.issue.body', {
        type: docTypeName(snap.model?.fields.type ?? o.doc.current.type),
        year: date?.year() ?? o.doc.current.year,
        date: date?.format('DD/MM/YYYY') ?? '',
      }),
      okText: t('documents.issue.ok'),
      cancelText: t('documents.leave.cancel'),
      okButtonProps: { 'data-testid': 'doc-issue-ok' },
      onOk: () => busyWhile('issue', issueNow),
    });
  };

  const download = (format: 'docx' | 'pdf') =>
    busyWhile(format, async () => {
      if (!o.readOnly) {
        if (o.doc.current.status === 'draft') {
          if (!(await o.autosave.saveNow())) {
            void message.error(t('documents.issue.saveFirst'));
            return;
          }
        } else if (o.autosave.isDirty()) void message.warning(t('documents.actions.savedCopyNote'));
      }
      try {
        const res = await call('docs.render', {
          id: o.doc.current.id,
          format,
          ...(o.readOnly ? { version: o.viewing } : {}),
        });
        downloadFile(res);
        void message.success(t('documents.actions.downloaded', { fileName: res.fileName }));
      } catch (err) {
        void message.error(detailText(t, err));
      }
    });

  const print = () =>
    busyWhile('print', async () => {
      const snap = o.snapshot();
      if (!snap.model) {
        void message.error(t('documents.preview.incomplete'));
        return;
      }
      try {
        const res = await call('docs.preview', { model: snap.model, format: 'html' });
        await printHtml(base64ToText(res.base64));
      } catch (err) {
        void message.error(detailText(t, err));
      }
    });

  return { save, issue, download, print };
}
