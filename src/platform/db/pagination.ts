import { z } from 'zod';

/** Query-string paging shared by every list endpoint. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type PageQuery = z.infer<typeof pageQuery>;

export interface Page<T> {
  items: T[];
  total: number;
}

export function offsetOf(p: PageQuery): number {
  return (p.page - 1) * p.pageSize;
}
