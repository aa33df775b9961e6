import type { ReactNode } from 'react';
import { Link } from '../../lib/router';
import { SETTINGS_TABS, type SettingsTab } from '../../routes.logic';
import { ApiKeysTab } from './api-keys-tab';
import type { ConsoleViewer } from '../shell/app-shell';
import { ListsTab } from './lists-tab';
import { PolicyTab } from './policy-tab';
import { RulesTab } from './rules-tab';
import { ScoringTab } from './scoring-tab';
import './settings.css';
import { UsersTab } from './users-tab';
import { WebhooksTab } from './webhooks-tab';

const TAB_LABELS: Record<SettingsTab, string> = {
  scoring: 'Scoring',
  rules: 'Rules',
  policy: 'Policy',
  lists: 'Lists',
  'api-keys': 'API keys',
  users: 'Users',
  webhooks: 'Webhooks',
};

function tabContent(tab: SettingsTab, viewer: ConsoleViewer): ReactNode {
  switch (tab) {
    case 'scoring':
      return <ScoringTab />;
    case 'rules':
      return <RulesTab />;
    case 'policy':
      return <PolicyTab viewerEmail={viewer.email} />;
    case 'lists':
      return <ListsTab />;
    case 'api-keys':
      return <ApiKeysTab />;
    case 'users':
      return <UsersTab />;
    case 'webhooks':
      return <WebhooksTab />;
  }
}

/** The tenant admin's settings: one tab per area, each a link so it can be bookmarked. */
export function SettingsPage({ tab, viewer }: { tab: SettingsTab; viewer: ConsoleViewer }) {
  return (
    <div className="settings">
      <header className="page-header">
        <h1>Settings</h1>
      </header>
      <nav className="tabs" aria-label="Settings sections">
        {SETTINGS_TABS.map((t) => (
          <Link key={t} to={`/settings/${t}`} aria-current={t === tab ? 'page' : undefined}>
            {TAB_LABELS[t]}
          </Link>
        ))}
      </nav>
      {/* A new key per tab: a tab's drafts and open dialogs never leak into the next one. */}
      <div key={tab}>{tabContent(tab, viewer)}</div>
    </div>
  );
}
