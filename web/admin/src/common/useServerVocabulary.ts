// Vocabularies the console reads from the server (the words of a module, its closed lists, its scoring rules): static
// per server version, so each is fetched once per page load and shared by every screen that asks for it.
import { createContext, useContext, useEffect, useState, type Context } from 'react';
import { call, errorMessage } from '../api/client';

// By path: one request per page load (a failed one is forgotten, so the next screen tries again).
const cache = new Map<string, Promise<unknown>>();

/**
 * Loads GET `path` once, shaped by `shape` (a module-level function: the shaped value is what is cached for `path`);
 * `value` is null while loading or after a failure (`error`, the server's reason).
 */
export function useServerVocabulary<T, R = T>(path: string, shape?: (raw: R) => T): { value: T | null; error: string | null } {
  const [state, setState] = useState<{ value: T | null; error: string | null }>({ value: null, error: null });
  useEffect(() => {
    let live = true;
    let pending = cache.get(path) as Promise<T> | undefined;
    if (!pending) {
      const raw = call<R>('GET', path);
      pending = shape ? raw.then(shape) : (raw as unknown as Promise<T>);
      cache.set(path, pending);
    }
    pending
      .then((value) => live && setState({ value, error: null }))
      .catch((err: unknown) => {
        cache.delete(path);
        if (live) setState({ value: null, error: errorMessage(err) });
      });
    return () => {
      live = false;
    };
  }, [path, shape]);
  return state;
}

/**
 * A context for a loaded vocabulary: the page provides it once loaded (`Context.Provider`), the parts below read it
 * with `useValue()` (which throws outside the provider, naming `name`).
 */
export function vocabularyContext<T>(name: string): { Context: Context<T | null>; useValue(): T } {
  const Ctx = createContext<T | null>(null);
  Ctx.displayName = name;
  return {
    Context: Ctx,
    useValue() {
      const value = useContext(Ctx);
      if (!value) throw new Error(`${name} is used outside its provider`);
      return value;
    },
  };
}
