import type { TablePaginationConfig } from 'antd';
import type { Dispatch, SetStateAction } from 'react';

interface PagedQuery {
  page: number;
  pageSize: number;
}

/**
 * antd pagination for a table the server pages: the query's page and size, the server's total (共 N 条),
 * and a size changer; a new page size starts again at page 1.
 */
export function serverPagination<Q extends PagedQuery>(
  query: Q,
  total: number,
  setQuery: Dispatch<SetStateAction<Q>>,
  pageSizeOptions: number[],
): TablePaginationConfig {
  return {
    current: query.page,
    pageSize: query.pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions,
    showTotal: (t) => `共 ${t} 条`,
    onChange: (page, pageSize) => setQuery((q) => ({ ...q, page: pageSize !== q.pageSize ? 1 : page, pageSize })),
  };
}
