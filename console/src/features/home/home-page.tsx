import { useCallback, useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { errorMessage, hasErrorCode } from '../../lib/graphql-errors';
import { CasePanel } from '../queue/case-panel';
import { QueuePanel } from '../queue/queue-panel';

const HomePageQuery = graphql(`
  query HomePageQuery {
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

const ROLE_LABELS: Record<Role, string> = {
  ANALYST: 'Analyst',
  COMPLIANCE: 'Compliance',
  PLATFORM_ADMIN: 'Platform admin',
  TENANT_ADMIN: 'Tenant admin',
};

interface HomePageProps {
  onSignOut: () => void;
  /** Called when the server no longer accepts the session's token. */
  onSessionRejected: () => void;
}

export function HomePage({ onSignOut, onSessionRejected }: HomePageProps) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: HomePageQuery });
  const rejected = hasErrorCode(error, 'UNAUTHENTICATED');

  useEffect(() => {
    if (rejected) onSessionRejected();
  }, [rejected, onSessionRejected]);

  const me = data?.me;
  const [openCase, setOpenCase] = useState<string | null>(null);
  const closeCase = useCallback(() => setOpenCase(null), []);

  return (
    <main className="page">
      <header className="topbar">
        <h1>Warden</h1>
        <button type="button" className="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <section className="card" aria-busy={fetching}>
        {me ? (
          <>
            <p>
              Signed in as <strong>{me.email ?? 'an API key'}</strong>
              {me.role ? ` (${ROLE_LABELS[me.role]})` : null}
            </p>
            <p className="muted">
              Tenant <strong>{me.tenant.name}</strong> · <code>{me.tenant.slug}</code>
            </p>
          </>
        ) : error && !rejected ? (
          <div className="alert" role="alert">
            <p>{errorMessage(error)}</p>
            <button
              type="button"
              className="button"
              onClick={() => refetch({ requestPolicy: 'network-only' })}
            >
              Try again
            </button>
          </div>
        ) : (
          <p className="muted">Loading…</p>
        )}
      </section>
      {openCase ? <CasePanel caseId={openCase} onClose={closeCase} /> : null}
      {me?.kind === 'USER' && me.role !== 'PLATFORM_ADMIN' ? (
        <QueuePanel me={me.email ?? null} onOpen={setOpenCase} />
      ) : null}
    </main>
  );
}
