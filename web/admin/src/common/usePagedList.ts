import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/client';

export interface PagedData<T> {
  items: T[];
  total: number;
}

/**
 * Loads a server-paged list for `query` (again whenever it changes) and shows failures as a message.
 * `fetchPage` must be stable (a module-level API function). `reload()` refetches after a change.
 */
export function usePagedList<Q, T>(fetchPage: (q: Q) => Promise<PagedData<T>>, query: Q) {
  const { message } = App.useApp();
  const [data, setData] = useState<PagedData<T>>({ items: [], total: 0 });
  const [loading, setLoading] = useState(false);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await fetchPage(query));
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, [fetchPage, query, message]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, loading, reload };
}
