import { AppError } from '../../platform/errors/index.js';
import type { CheckProblem } from './checks.js';

/** 422: the report fails a consistency check and cannot be published as it is. */
export class ReportInconsistent extends AppError {
  constructor(problems: CheckProblem[], kind: 'arithmetic' | 'previous' | 'counts') {
    const detail = kind === 'previous'
      ? `与上年报告不一致（${problems.length}处）：${problems[0]?.message ?? ''}。如确因数据来源不同，请在“与上年不一致的说明”中写明原因后发布`
      : kind === 'counts'
        ? `表中数字与可查询的申请明细不一致（${problems.length}处）：${problems[0]?.message ?? ''}`
        : `报告未通过校验（${problems.length}处）：${problems[0]?.message ?? ''}`;
    super({
      code: kind === 'previous' ? 'ANNUAL_REPORT_PREVIOUS_MISMATCH' : kind === 'counts' ? 'ANNUAL_REPORT_COUNTS_MISMATCH' : 'ANNUAL_REPORT_INCONSISTENT',
      status: 422, title: '年度报告未通过校验', detail,
      errors: problems.map((p) => ({ path: p.path, message: p.message })),
      extensions: { problems },
    });
  }
}
