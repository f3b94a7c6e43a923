import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, setCsrfToken, setUnauthorizedHandler } from './api.ts';
import { liveEvents } from './events.ts';
import type { Session, User } from './types.ts';

interface SessionState {
  /** undefined while the first check runs; null when signed out */
  user: User | null | undefined;
  signIn(login: string, password: string): Promise<void>;
  register(body: { username: string; email: string; password: string }): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

// The session cookie is HttpOnly, so the page keeps its own note that it signed in: without the
// note a visitor is signed out at once, with no request (and no 401 in the console).
const SIGNED_IN_NOTE = 'verdict.signedIn';

function noteSignedIn(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(SIGNED_IN_NOTE, '1');
    else localStorage.removeItem(SIGNED_IN_NOTE);
  } catch {
    // storage disabled: the session is checked on every load instead
  }
}

function mayBeSignedIn(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_NOTE) !== null;
  } catch {
    return true;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);

  const adopt = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    noteSignedIn(true);
    setUser(session.user);
  }, []);

  useEffect(() => {
    if (!mayBeSignedIn()) {
      setUser(null);
      return;
    }
    api
      .get<Session>('/api/v1/auth/me')
      .then(adopt)
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 401) noteSignedIn(false);
        else console.warn('checking the session failed', error);
        setUser(null);
      });
  }, [adopt]);

  // a session that ended elsewhere signs the page out instead of failing every request
  useEffect(() => {
    setUnauthorizedHandler(() => {
      noteSignedIn(false);
      setCsrfToken(null);
      setUser(null);
    });
    return () => setUnauthorizedHandler(null);
  }, []);

  // verdicts and run outcomes stream over one socket while signed in
  useEffect(() => {
    if (user) liveEvents.start();
    else if (user === null) liveEvents.stop();
  }, [user]);

  const value = useMemo<SessionState>(
    () => ({
      user,
      signIn: async (login, password) => adopt(await api.post<Session>('/api/v1/auth/login', { login, password })),
      register: async (body) => adopt(await api.post<Session>('/api/v1/auth/register', body)),
      signOut: async () => {
        try {
          await api.post('/api/v1/auth/logout');
        } finally {
          noteSignedIn(false);
          setCsrfToken(null);
          setUser(null);
        }
      },
    }),
    [user, adopt],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
