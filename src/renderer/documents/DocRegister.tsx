/**
 * Sổ văn bản đi: a search box (the core ignores diacritics), filters, the table; "Tạo văn bản" opens the template
 * picker, "Xuất sổ (.xlsx)" exports the issued documents (of the chosen year).
 */
import { FileExcelOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Input, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';
import { ListCount } from '../common/FilterBar';
import { useDebounced } from '../common/useDebounced';
import { FormError } from '../common/FormError';
import { DocTable } from './DocTable';
import { downloadFile } from './files';
import { isFiltering, RegisterFilters, type RegisterFilterValues } from './RegisterFilters';
import { TemplatePicker } from './TemplatePicker';
import { useDocList, type DocFilters } from './useDocList';

export const SEARCH_DEBOUNCE_MS = 150;

export function DocRegister({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<RegisterFilterValues>({});
  const [picking, setPicking] = useState(false);
  const [exporting, setExporting] = useState(false);
  const settled = useDebounced(query, SEARCH_DEBOUNCE_MS);

  const listFilters = useMemo<DocFilters>(() => {
    const f: DocFilters = {};
    if (settled.trim()) f.query = settled.trim();
    if (filters.type) f.type = filters.type;
    if (filters.year) f.year = filters.year;
    if (filters.status) f.status = filters.status;
    return f;
  }, [settled, filters]);
  const list = useDocList(listFilters);

  // Years offered by the filter: this year and every year seen in the register.
  const [years, setYears] = useState<number[]>(() => [new Date().getFullYear()]);
  useEffect(() => {
    setYears((ys) => {
      const all = new Set([...ys, ...list.docs.map((d) => d.year)]);
      return all.size === ys.length ? ys : [...all].sort((a, b) => b - a);
    });
  }, [list.docs]);

  const exportRegister = async () => {
    setExporting(true);
    try {
      const res = await call('docs.exportRegister', filters.year ? { year: filters.year } : {});
      if (res.base64) downloadFile(res);
      void message.success(t('documents.register.exported', { n: res.count, file: res.fileName }));
    } catch (err) {
      void message.error(detailText(t, err));
    } finally {
      setExporting(false);
    }
  };

  const filtered = !!listFilters.query || isFiltering(filters);
  return (
    <div className="ud-docs-register" data-testid="docs-register">
      <div className="ud-docs-top">
        <Input
          size="large"
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('documents.register.search')}
          aria-label={t('documents.register.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="docs-search"
          className="ud-docs-search"
        />
        <Space wrap className="ud-docs-actions">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPicking(true)} data-testid="docs-new">
            {t('documents.register.new')}
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            onClick={() => void exportRegister()}
            loading={exporting}
            data-testid="docs-export"
          >
            {t('documents.register.export')}
          </Button>
        </Space>
      </div>
      <RegisterFilters value={filters} onChange={setFilters} years={years} />
      <ListCount
        count={list.loaded ? list.docs.length : null}
        keys={{ all: 'documents.register.count', filtered: 'documents.register.countFiltered' }}
        filtered={filtered}
        testId="docs-count"
        shownQuery={list.shownQuery}
      />
      <FormError error={list.error} />
      <DocTable
        docs={list.docs}
        loading={!list.loaded}
        emptyText={t(filtered ? 'documents.register.emptyFiltered' : 'documents.register.empty')}
        onOpen={onOpen}
      />
      <TemplatePicker
        open={picking}
        onClose={() => setPicking(false)}
        onCreated={(id) => {
          setPicking(false);
          onOpen(id);
        }}
      />
    </div>
  );
}
