import {
  AlignCenterOutlined, AlignLeftOutlined, BoldOutlined, DeleteColumnOutlined, DeleteOutlined, DeleteRowOutlined, FontSizeOutlined,
  InsertRowBelowOutlined, InsertRowRightOutlined, ItalicOutlined, LinkOutlined, OrderedListOutlined, RedoOutlined, TableOutlined,
  UnderlineOutlined, UndoOutlined, UnorderedListOutlined,
} from '@ant-design/icons';
import { type Editor, useEditorState } from '@tiptap/react';
import { Button, Divider, Tooltip } from 'antd';
import { useState, type ReactNode } from 'react';
import LinkModal from './LinkModal';

interface ToolProps {
  label: string;
  icon: ReactNode;
  onClick(): void;
  active?: boolean;
  disabled?: boolean;
}

/** An icon button with its name as aria-label and tooltip; aria-pressed for toggles. */
function Tool({ label, icon, onClick, active, disabled }: ToolProps) {
  return (
    <Tooltip title={label}>
      <Button
        type={active ? 'primary' : 'text'}
        size="small"
        icon={icon}
        aria-label={label}
        aria-pressed={active === undefined ? undefined : active}
        disabled={disabled}
        // Keep the editor's selection: the button must not take focus on mouse down.
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClick}
      />
    </Tooltip>
  );
}

/** The formatting toolbar of the body editor (role toolbar; every button named in Chinese). */
export default function BodyToolbar({ editor }: { editor: Editor | null }) {
  const [linking, setLinking] = useState(false);
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? {
            bold: e.isActive('bold'),
            italic: e.isActive('italic'),
            underline: e.isActive('underline'),
            heading: e.isActive('heading', { level: 2 }),
            bullet: e.isActive('bulletList'),
            ordered: e.isActive('orderedList'),
            link: e.isActive('link'),
            center: e.isActive({ textAlign: 'center' }),
            inTable: e.isActive('table'),
            canUndo: e.can().undo(),
            canRedo: e.can().redo(),
          }
        : null,
  });
  if (!editor || !s) return null;
  const chain = () => editor.chain().focus();

  return (
    <div className="gk-body-toolbar" role="toolbar" aria-label="正文格式">
      <Tool label="加粗" icon={<BoldOutlined aria-hidden />} active={s.bold} onClick={() => chain().toggleBold().run()} />
      <Tool label="斜体" icon={<ItalicOutlined aria-hidden />} active={s.italic} onClick={() => chain().toggleItalic().run()} />
      <Tool label="下划线" icon={<UnderlineOutlined aria-hidden />} active={s.underline} onClick={() => chain().toggleUnderline().run()} />
      <Divider orientation="vertical" />
      <Tool label="标题" icon={<FontSizeOutlined aria-hidden />} active={s.heading} onClick={() => chain().toggleHeading({ level: 2 }).run()} />
      <Tool label="列表" icon={<UnorderedListOutlined aria-hidden />} active={s.bullet} onClick={() => chain().toggleBulletList().run()} />
      <Tool label="编号列表" icon={<OrderedListOutlined aria-hidden />} active={s.ordered} onClick={() => chain().toggleOrderedList().run()} />
      <Tool label="左对齐" icon={<AlignLeftOutlined aria-hidden />} onClick={() => chain().unsetTextAlign().run()} />
      <Tool
        label="居中"
        icon={<AlignCenterOutlined aria-hidden />}
        active={s.center}
        onClick={() => (s.center ? chain().unsetTextAlign().run() : chain().setTextAlign('center').run())}
      />
      <Divider orientation="vertical" />
      <Tool label="链接" icon={<LinkOutlined aria-hidden />} active={s.link} onClick={() => setLinking(true)} />
      <Tool label="表格" icon={<TableOutlined aria-hidden />} onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()} disabled={s.inTable} />
      {s.inTable && (
        <>
          <Tool label="在下方插入行" icon={<InsertRowBelowOutlined aria-hidden />} onClick={() => chain().addRowAfter().run()} />
          <Tool label="在右侧插入列" icon={<InsertRowRightOutlined aria-hidden />} onClick={() => chain().addColumnAfter().run()} />
          <Tool label="删除行" icon={<DeleteRowOutlined aria-hidden />} onClick={() => chain().deleteRow().run()} />
          <Tool label="删除列" icon={<DeleteColumnOutlined aria-hidden />} onClick={() => chain().deleteColumn().run()} />
          <Tool label="删除表格" icon={<DeleteOutlined aria-hidden />} onClick={() => chain().deleteTable().run()} />
        </>
      )}
      <Divider orientation="vertical" />
      <Tool label="撤销" icon={<UndoOutlined aria-hidden />} onClick={() => chain().undo().run()} disabled={!s.canUndo} />
      <Tool label="重做" icon={<RedoOutlined aria-hidden />} onClick={() => chain().redo().run()} disabled={!s.canRedo} />
      {linking && (
        <LinkModal
          initial={(editor.getAttributes('link').href as string | undefined) ?? ''}
          onClose={() => setLinking(false)}
          onSubmit={(href) => {
            setLinking(false);
            if (!href) chain().extendMarkRange('link').unsetLink().run();
            else chain().extendMarkRange('link').setLink({ href }).run();
          }}
        />
      )}
    </div>
  );
}
