import { Tag, Tooltip } from 'antd';
import { WARNING_TAG_STYLE } from '../../common/documents';
import type { UnitStatus } from './draft';

/** How a unit's resolution reads on its tag (also its accessible name). */
export function statusText(s: UnitStatus): string {
  switch (s.kind) {
    case 'matched':
      return s.mapped ? `已对应：${s.orgName}` : `已匹配：${s.orgName}`;
    case 'collective':
      return `展开为${s.expandsTo.length}个单位`;
    case 'text':
      return s.byOffice ? '按文字保留' : '未匹配，保留文字';
    default:
      return '保存后匹配';
  }
}

/**
 * One unit name with its resolution: an organisation it matched (green), a collective name that expands to N
 * organisations at adoption (blue), or a name kept as text (orange).
 */
export default function UnitTag({ name, status }: { name: string; status: UnitStatus }) {
  const note = statusText(status);
  const tip = status.kind === 'collective' ? `下达时展开为：${status.expandsTo.join('、')}` : note;
  const color = { matched: 'success', collective: 'processing', text: 'warning', unknown: 'default' }[status.kind];
  const extra = status.kind === 'matched' ? null : `（${note}）`;
  return (
    <Tooltip title={tip}>
      <Tag color={color} style={status.kind === 'text' ? WARNING_TAG_STYLE : undefined} data-unit-status={status.kind} data-unit-name={name}>
        {name}
        {extra}
      </Tag>
    </Tooltip>
  );
}
