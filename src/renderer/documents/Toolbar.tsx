/**
 * The editor's toolbar: marks, headings, alignment, lists, tables (insert, rows, columns, merge, delete), an image from
 * a file, a page break, undo/redo. Buttons show their state (bold on, inside a table…) from the editor.
 */
import {
  AlignCenterOutlined,
  AlignLeftOutlined,
  AlignRightOutlined,
  BoldOutlined,
  DeleteColumnOutlined,
  DeleteOutlined,
  DeleteRowOutlined,
  InsertRowBelowOutlined,
  InsertRowRightOutlined,
  ItalicOutlined,
  MenuOutlined,
  MergeCellsOutlined,
  OrderedListOutlined,
  PictureOutlined,
  RedoOutlined,
  SplitCellsOutlined,
  TableOutlined,
  UnderlineOutlined,
  UndoOutlined,
  UnorderedListOutlined,
  VerticalAlignBottomOutlined,
} from '@ant-design/icons';
import { useEditorState, type Editor } from '@tiptap/react';
import { App, Button, Divider, Tooltip } from 'antd';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMAGE_BYTES, readImageFile } from './images';

type Align = 'left' | 'center' | 'right' | 'justify';

function ToolButton({
  id,
  label,
  icon,
  active,
  disabled,
  onClick,
  children,
}: {
  id: string;
  label: string;
  icon?: ReactNode;
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children?: ReactNode;
}) {
  return (
    <Tooltip title={label} mouseEnterDelay={0.4}>
      <Button
        size="small"
        type="text"
        icon={icon}
        className={active ? 'ud-tb-button ud-tb-active' : 'ud-tb-button'}
        aria-label={label}
        aria-pressed={active === undefined ? undefined : active}
        disabled={disabled}
        // Keep the selection in the editor: a click on a button must not take the focus away first.
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClick}
        data-testid={`tb-${id}`}
      >
        {children}
      </Button>
    </Tooltip>
  );
}

export function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fileInput = useRef<HTMLInputElement>(null);
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      h1: e.isActive('heading', { level: 1 }),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      align: (['left', 'center', 'right', 'justify'] as Align[]).find((a) => e.isActive({ textAlign: a })) ?? null,
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      inTable: e.isActive('table'),
      canMerge: e.can().mergeCells(),
      canSplit: e.can().splitCell(),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
      editable: e.isEditable,
    }),
  });
  const chain = () => editor.chain().focus();
  const tb = (key: string) => t(`documents.toolbar.${key}`);
  const off = !s.editable;

  const insertImage = async (file: File | undefined) => {
    if (!file) return;
    const r = await readImageFile(file);
    if (!r.ok) {
      void message.error(
        r.reason === 'type'
          ? tb('imageType')
          : r.reason === 'size'
            ? t('documents.toolbar.imageTooBig', { max: MAX_IMAGE_BYTES / 1024 / 1024 })
            : tb('imageFailed'),
      );
      return;
    }
    chain().setImage({ src: r.src, alt: r.alt }).run();
  };

  return (
    <div className="ud-toolbar" role="toolbar" aria-label={tb('label')} data-testid="doc-toolbar">
      <ToolButton
        id="bold"
        label={tb('bold')}
        icon={<BoldOutlined />}
        active={s.bold}
        disabled={off}
        onClick={() => chain().toggleBold().run()}
      />
      <ToolButton
        id="italic"
        label={tb('italic')}
        icon={<ItalicOutlined />}
        active={s.italic}
        disabled={off}
        onClick={() => chain().toggleItalic().run()}
      />
      <ToolButton
        id="underline"
        label={tb('underline')}
        icon={<UnderlineOutlined />}
        active={s.underline}
        disabled={off}
        onClick={() => chain().toggleUnderline().run()}
      />
      <Divider orientation="vertical" />
      {([1, 2, 3] as const).map((level) => (
        <ToolButton
          key={level}
          id={`h${level}`}
          label={`H${level}: ${tb(`h${level}`)}`}
          active={s[`h${level}`]}
          disabled={off}
          onClick={() => chain().toggleHeading({ level }).run()}
        >
          <span className="ud-tb-text">H{level}</span>
        </ToolButton>
      ))}
      <Divider orientation="vertical" />
      <ToolButton
        id="align-left"
        label={tb('alignLeft')}
        icon={<AlignLeftOutlined />}
        active={s.align === 'left'}
        disabled={off}
        onClick={() => chain().setTextAlign('left').run()}
      />
      <ToolButton
        id="align-center"
        label={tb('alignCenter')}
        icon={<AlignCenterOutlined />}
        active={s.align === 'center'}
        disabled={off}
        onClick={() => chain().setTextAlign('center').run()}
      />
      <ToolButton
        id="align-right"
        label={tb('alignRight')}
        icon={<AlignRightOutlined />}
        active={s.align === 'right'}
        disabled={off}
        onClick={() => chain().setTextAlign('right').run()}
      />
      <ToolButton
        id="align-justify"
        label={tb('alignJustify')}
        icon={<MenuOutlined />}
        active={s.align === 'justify'}
        disabled={off}
        onClick={() => chain().setTextAlign('justify').run()}
      />
      <Divider orientation="vertical" />
      <ToolButton
        id="bullet-list"
        label={tb('bulletList')}
        icon={<UnorderedListOutlined />}
        active={s.bulletList}
        disabled={off}
        onClick={() => chain().toggleBulletList().run()}
      />
      <ToolButton
        id="ordered-list"
        label={tb('orderedList')}
        icon={<OrderedListOutlined />}
        active={s.orderedList}
        disabled={off}
        onClick={() => chain().toggleOrderedList().run()}
      />
      <Divider orientation="vertical" />
      <ToolButton
        id="table"
        label={tb('insertTable')}
        icon={<TableOutlined />}
        disabled={off || s.inTable}
        onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
      />
      {s.inTable && (
        <span className="ud-tb-group" data-testid="tb-table-tools">
          <ToolButton
            id="add-row"
            label={tb('addRow')}
            icon={<InsertRowBelowOutlined />}
            disabled={off}
            onClick={() => chain().addRowAfter().run()}
          />
          <ToolButton
            id="add-column"
            label={tb('addColumn')}
            icon={<InsertRowRightOutlined />}
            disabled={off}
            onClick={() => chain().addColumnAfter().run()}
          />
          <ToolButton
            id="delete-row"
            label={tb('deleteRow')}
            icon={<DeleteRowOutlined />}
            disabled={off}
            onClick={() => chain().deleteRow().run()}
          />
          <ToolButton
            id="delete-column"
            label={tb('deleteColumn')}
            icon={<DeleteColumnOutlined />}
            disabled={off}
            onClick={() => chain().deleteColumn().run()}
          />
          <ToolButton
            id="merge-cells"
            label={tb('mergeCells')}
            icon={<MergeCellsOutlined />}
            disabled={off || !s.canMerge}
            onClick={() => chain().mergeCells().run()}
          />
          <ToolButton
            id="split-cell"
            label={tb('splitCell')}
            icon={<SplitCellsOutlined />}
            disabled={off || !s.canSplit}
            onClick={() => chain().splitCell().run()}
          />
          <ToolButton
            id="delete-table"
            label={tb('deleteTable')}
            icon={<DeleteOutlined />}
            disabled={off}
            onClick={() => chain().deleteTable().run()}
          />
        </span>
      )}
      <ToolButton
        id="image"
        label={tb('image')}
        icon={<PictureOutlined />}
        disabled={off}
        onClick={() => fileInput.current?.click()}
      />
      <input
        ref={fileInput}
        type="file"
        accept="image/png,image/jpeg"
        hidden
        data-testid="tb-image-file"
        onChange={(e) => {
          void insertImage(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <ToolButton
        id="page-break"
        label={tb('pageBreak')}
        icon={<VerticalAlignBottomOutlined />}
        disabled={off}
        onClick={() => chain().insertContent({ type: 'pageBreak' }).run()}
      />
      <Divider orientation="vertical" />
      <ToolButton
        id="undo"
        label={tb('undo')}
        icon={<UndoOutlined />}
        disabled={off || !s.canUndo}
        onClick={() => chain().undo().run()}
      />
      <ToolButton
        id="redo"
        label={tb('redo')}
        icon={<RedoOutlined />}
        disabled={off || !s.canRedo}
        onClick={() => chain().redo().run()}
      />
    </div>
  );
}
