import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, api, setCsrfToken, setUnauthorizedHandler } from '../api/client';
import type { SessionUser } from '../api/types';

export interface AuthState {
  /** False until the initial GET /api/v1/session has answered. */
  ready: boolean;
  user: SessionUser | null;
  /** Set when a request came back 401 while signed in (shown on the login page). */
  expired: boolean;
  /** Set by logout() until the next login: the login page then starts afresh, not at the last screen. */
  signedOut: boolean;
  login(username: string, password: string): Promise<SessionUser>;
  logout(): Promise<void>;
  /** Reloads the signed-in user from the server (e.g. after the password was changed). */
  refresh(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  const [user, setUser] = useState<SessionUser | null>(null);
  const [expired, setExpired] = useState(false);
  const [signedOut, setSignedOut] = useState(false);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      setUser((prev) => {
        if (prev) setExpired(true);
        return null;
      });
    });
    let cancelled = false;
    api.session
      .get()
      .then((s) => {
        if (cancelled) return;
        setCsrfToken(s.csrfToken);
        setUser(s.user);
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        if (!(err instanceof ApiError)) console.error(err);
        setUser(null);
      })
      .finally(() => {
        if (!cancelled) setReady(true);
      });
    return () => {
      cancelled = true;
      setUnauthorizedHandler(null);
    };
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const s = await api.session.login(username, password);
    setCsrfToken(s.csrfToken);
    setExpired(false);
    setSignedOut(false);
    setUser(s.user);
    return s.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.session.logout();
    } catch {
      // The session may already be gone; signing out locally is what matters.
    }
    setCsrfToken(null);
    setExpired(false);
    setSignedOut(true);
    setUser(null);
  }, []);

  const refresh = useCallback(async () => {
    try {
      const s = await api.session.get();
      setCsrfToken(s.csrfToken);
      setUser(s.user);
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 401)) throw err;
      // The session is gone (GET /session does not trigger the 401 handler): back to the login page.
      setCsrfToken(null);
      setExpired(true);
      setUser(null);
    }
  }, []);

  const value = useMemo<AuthState>(
    () => ({ ready, user, expired, signedOut, login, logout, refresh }),
    [ready, user, expired, signedOut, login, logout, refresh],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthProvider>');
  return ctx;
}
