import { useEffect, type ReactNode } from 'react';
import { EmptyState } from './components/ui/states';
import { ReputationPage } from './features/admin/reputation-page';
import { TenantPage } from './features/admin/tenant-page';
import { TenantsPage } from './features/admin/tenants-page';
import { CasePage } from './features/cases/case-page';
import { MetricsPage } from './features/metrics/metrics-page';
import { QueuePage } from './features/queue/queue-page';
import { SettingsPage } from './features/settings/settings-page';
import type { ConsoleViewer } from './features/shell/app-shell';
import { TransactionPage } from './features/transactions/transaction-page';
import { TransactionsPage } from './features/transactions/transactions-page';
import { useDataMode } from './lib/data-mode';
import { Link, useLocation, useNavigate } from './lib/router';
import { canOpen, homeFor, matchRoute } from './routes.logic';

/**
 * The page for the current path, if the viewer's role may open it. A page is mounted afresh for
 * each path and data mode: nothing typed or loaded for one case (or mode) can act on another.
 */
export function ConsoleRoutes({ viewer }: { viewer: ConsoleViewer }) {
  const { pathname } = useLocation();
  const { mode } = useDataMode();
  return <RoutedPage key={`${mode}:${pathname}`} viewer={viewer} pathname={pathname} />;
}

function RoutedPage({ viewer, pathname }: { viewer: ConsoleViewer; pathname: string }): ReactNode {
  const navigate = useNavigate();
  const home = homeFor(viewer.role);

  useEffect(() => {
    if (pathname === '/' && home) navigate(home, { replace: true });
  }, [pathname, home, navigate]);

  if (pathname === '/') {
    return home ? null : (
      <EmptyState title="Nothing to show for this account">
        The console is for a tenant's analysts, compliance officers and administrators, and for
        platform administrators.
      </EmptyState>
    );
  }

  const route = matchRoute(pathname);
  if (!canOpen(viewer.role, route.name)) {
    return (
      <EmptyState title="This page is not part of your role">
        Ask a tenant administrator if you need it.{' '}
        {home ? <Link to={home}>Go to your start page</Link> : null}
      </EmptyState>
    );
  }
  switch (route.name) {
    case 'queue':
      return <QueuePage viewer={viewer} />;
    case 'case':
      return <CasePage id={route.id} viewer={viewer} />;
    case 'transactions':
      return <TransactionsPage />;
    case 'transaction':
      return <TransactionPage id={route.id} />;
    case 'metrics':
      return <MetricsPage />;
    case 'settings':
      return <SettingsPage tab={route.tab} viewer={viewer} />;
    case 'adminTenants':
      return <TenantsPage />;
    case 'adminTenant':
      return <TenantPage id={route.id} />;
    case 'adminReputation':
      return <ReputationPage />;
    case 'notFound':
      return (
        <EmptyState title="Page not found">
          {home ? <Link to={home}>Go to your start page</Link> : null}
        </EmptyState>
      );
  }
}
