import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/client';

/**
 * Loads something from the API when `key` changes (and on `reload()`), showing failures as a
 * message. `fetcher` returns undefined to skip (e.g. before an organisation is chosen).
 */
export function useLoad<T>(fetcher: () => Promise<T> | undefined, key: unknown[]): { data: T | null; loading: boolean; reload: () => Promise<void> } {
  const { message } = App.useApp();
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(false);
  const run = useCallback(fetcher, key);
  const reload = useCallback(async () => {
    const pending = run();
    if (!pending) return;
    setLoading(true);
    try {
      setData(await pending);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, [run, message]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, loading, reload };
}
