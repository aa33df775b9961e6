import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Provider } from 'urql';
import { ChangePasswordPage } from './features/account/change-password-page';
import { LoginPage } from './features/auth/login-page';
import { isExpired, msUntilExpiry, type Session } from './features/auth/session.logic';
import { AppShell } from './features/shell/app-shell';
import { DataModeProvider } from './lib/data-mode';
import { RouterProvider } from './lib/router';
import { ConsoleRoutes } from './routes';
import { ConnectionContext } from './lib/connection';
import { clearSession, loadSession, saveSession } from './lib/session';
import { createUrqlClient } from './lib/urql';

const EXPIRED_NOTICE = 'Your session has ended. Please sign in again.';

export function App() {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [notice, setNotice] = useState<string | null>(null);
  const [expiryCheck, setExpiryCheck] = useState(0);

  // One client per session: a new sign-in never sees data cached for the previous one.
  const token = session?.token ?? null;
  // The client outlives renders; the latest sign-out is reached through a ref.
  const sessionEnded = useRef<() => void>(() => undefined);
  const urql = useMemo(
    () => createUrqlClient({ getToken: () => token, onSessionEnded: () => sessionEnded.current() }),
    [token],
  );

  const signIn = useCallback(
    (next: Session) => {
      urql.dispose();
      saveSession(next);
      setNotice(null);
      setSession(next);
    },
    [urql],
  );

  const signOut = useCallback(
    (reason?: 'expired') => {
      urql.dispose();
      clearSession();
      // A chosen sign-out starts the next user at their own start page; an expired session
      // keeps the address, so signing in again returns to the same page.
      if (reason !== 'expired') window.history.replaceState(null, '', '/');
      setNotice(reason === 'expired' ? EXPIRED_NOTICE : null);
      setSession(null);
    },
    [urql],
  );

  const expire = useCallback(() => signOut('expired'), [signOut]);
  useEffect(() => {
    sessionEnded.current = expire;
  }, [expire]);

  // Sign out when the token runs out. A long expiry is checked in steps a timer can wait.
  useEffect(() => {
    if (!session) return;
    const check = () => {
      if (isExpired(session, Date.now())) expire();
      else setExpiryCheck((n) => n + 1);
    };
    const timer = window.setTimeout(check, msUntilExpiry(session, Date.now()));
    return () => window.clearTimeout(timer);
  }, [session, expire, expiryCheck]);

  return (
    // Remounted per session: the router reads the address afresh after a sign-in or sign-out.
    <RouterProvider key={token ?? 'signed-out'}>
      <DataModeProvider>
        <Provider value={urql.client}>
          <ConnectionContext.Provider value={urql.connection}>
            {session?.mustChangePassword ? (
              <main className="page page--narrow">
                <h1>Warden</h1>
                <ChangePasswordPage oneTime onChanged={signIn} />
                <button type="button" className="button button--quiet" onClick={() => signOut()}>
                  Sign out
                </button>
              </main>
            ) : session ? (
              <AppShell
                onSignOut={() => signOut()}
                onSessionRejected={expire}
                onSessionRenewed={signIn}
              >
                {(viewer) => <ConsoleRoutes viewer={viewer} />}
              </AppShell>
            ) : (
              <LoginPage onSignedIn={signIn} notice={notice} />
            )}
          </ConnectionContext.Provider>
        </Provider>
      </DataModeProvider>
    </RouterProvider>
  );
}
