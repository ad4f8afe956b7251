import { TableKit } from '@tiptap/extension-table';
import TextAlign from '@tiptap/extension-text-align';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import BodyToolbar from './BodyToolbar';

interface Props {
  /** Set by Form.Item: the field's id (the label points at it) and its value/onChange. */
  id?: string;
  value?: string;
  onChange?(html: string): void;
  readOnly?: boolean;
}

// Only what the server's sanitiser keeps (src/platform/html/sanitize.ts): no code, headings h2–h4,
// alignment on paragraphs, links without target.
const extensions = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    heading: { levels: [2, 3, 4] },
    link: { openOnClick: false, autolink: true, defaultProtocol: 'https', HTMLAttributes: { target: null, rel: null } },
  }),
  TableKit.configure({ table: { resizable: false } }),
  TextAlign.configure({ types: ['paragraph'] }),
];

/** 正文: a rich-text editor (tiptap) whose value is the body's HTML. */
export default function BodyEditor({ id, value = '', onChange, readOnly = false }: Props) {
  const editor = useEditor({
    extensions,
    content: value,
    editable: !readOnly,
    editorProps: {
      attributes: {
        ...(id ? { id } : {}),
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': '正文',
        'aria-readonly': readOnly ? 'true' : 'false',
        class: 'gk-body-editor-content',
      },
    },
    onUpdate: ({ editor: e }) => onChange?.(e.isEmpty ? '' : e.getHTML()),
  });

  // A value set from outside (a reload, or the server's 去标识化) replaces the content.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (value !== current) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  return (
    <div className={readOnly ? 'gk-body-editor gk-body-editor-readonly' : 'gk-body-editor'} data-testid="body-editor">
      {!readOnly && <BodyToolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}
