import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Typography } from 'antd';
import type { CheckProblem } from './types';

/** The failed checks, each in the server's words (table, row and column named); or 校验通过. */
export default function ProblemList({ ok, problems, title, testId = 'check-result' }: { ok: boolean; problems: readonly Pick<CheckProblem, 'message'>[]; title?: string; testId?: string }) {
  if (ok && problems.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        icon={<CheckCircleOutlined aria-hidden />}
        title={title ?? '校验通过'}
        description={title ? '校验通过' : '各行各列的合计、勾稽关系和与上年报告的衔接均无问题。'}
        data-testid={testId}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title={title ?? `未通过校验（${problems.length}处）`}
      data-testid={testId}
      description={
        <ol style={{ margin: 0, paddingInlineStart: 20 }}>
          {problems.map((p, i) => (
            <li key={i}>
              <Typography.Text data-testid="check-problem">{p.message}</Typography.Text>
            </li>
          ))}
        </ol>
      }
    />
  );
}
