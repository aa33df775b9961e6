import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/ui/states';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { useDataMode } from '../../lib/data-mode';
import { errorMessage, hasErrorCode } from '../../lib/graphql-errors';
import { Link, useLocation } from '../../lib/router';
import { navigationFor } from '../../routes.logic';
import { ChangePasswordPage } from '../account/change-password-page';
import type { Session } from '../auth/session.logic';

const AppShellQuery = graphql(`
  query AppShellQuery {
    me {
      kind
      email
      role
      tenant {
        name
        slug
      }
    }
  }
`);

export const ROLE_LABELS: Record<Role, string> = {
  ANALYST: 'Analyst',
  COMPLIANCE: 'Compliance',
  PLATFORM_ADMIN: 'Platform admin',
  TENANT_ADMIN: 'Tenant admin',
};

/** Who is signed in, as the pages need it. */
export interface ConsoleViewer {
  email: string | null;
  role: Role | null;
}

interface AppShellProps {
  onSignOut: () => void;
  /** Called when the server no longer accepts the session's token. */
  onSessionRejected: () => void;
  /** A password change ended the old token: carry on with this one. */
  onSessionRenewed: (session: Session) => void;
  children: (viewer: ConsoleViewer) => ReactNode;
}

/** The frame around every page: navigation for the viewer's role, data mode, sign-out. */
export function AppShell({
  onSignOut,
  onSessionRejected,
  onSessionRenewed,
  children,
}: AppShellProps) {
  const [changingPassword, setChangingPassword] = useState(false);
  const [{ data, error }, refetch] = useQuery({ query: AppShellQuery });
  const { mode, setMode } = useDataMode();
  const { pathname } = useLocation();
  const rejected = hasErrorCode(error, 'UNAUTHENTICATED');

  useEffect(() => {
    if (rejected) onSessionRejected();
  }, [rejected, onSessionRejected]);

  // A new page moves the focus to its content, as a page load would (screen readers follow).
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname !== firstPath.current) main.current?.focus({ preventScroll: true });
    firstPath.current = '';
  }, [pathname]);

  const me = data?.me;
  const role = me?.role ?? null;

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand" aria-label="Warden home">
          <span className="brand__mark" aria-hidden="true">
            W
          </span>
          Warden
        </Link>
        <nav aria-label="Main" className="nav">
          {navigationFor(role).map((item) => (
            <Link
              key={item.route}
              to={item.path}
              className="nav__link"
              aria-current={pathname.startsWith(item.path) ? 'page' : undefined}
            >
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="topbar__end">
          <div className="mode-switch" role="group" aria-label="Data shown">
            {(['LIVE', 'TEST'] as const).map((m) => (
              <button
                key={m}
                type="button"
                className="mode-switch__option"
                aria-pressed={mode === m}
                onClick={() => setMode(m)}
              >
                {m === 'LIVE' ? 'Live' : 'Test'}
              </button>
            ))}
          </div>
          {me ? (
            <span className="whoami">
              <span>{me.email ?? 'API key'}</span>
              <span className="muted">
                {me.role ? ROLE_LABELS[me.role] : ''} · {me.tenant.name}
              </span>
            </span>
          ) : null}
          <button
            type="button"
            className="button button--quiet"
            aria-pressed={changingPassword}
            onClick={() => setChangingPassword(true)}
          >
            Change password
          </button>
          <button type="button" className="button button--quiet" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      {mode === 'TEST' ? (
        <p className="test-banner" role="note">
          Showing <strong>test</strong> data: what test keys scored. Switch to Live for real
          traffic.
        </p>
      ) : null}
      <main className="page" id="main" tabIndex={-1} ref={main}>
        {changingPassword ? (
          <div className="page--narrow">
            <ChangePasswordPage
              onChanged={onSessionRenewed}
              onCancel={() => setChangingPassword(false)}
            />
          </div>
        ) : me ? (
          children({ email: me.email ?? null, role })
        ) : error && !rejected ? (
          <ErrorState
            message={errorMessage(error)}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        ) : (
          <Loading />
        )}
      </main>
    </div>
  );
}
