import { Fragment, useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DecisionBadge } from '../../components/ui/badges';
import { EmptyState, ErrorState, Loading } from '../../components/ui/states';
import { graphql } from '../../gql';
import type { EventKind } from '../../gql/graphql';
import { humanize } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';
import { useSearchParams } from '../../lib/router';
import { ApprovalNotice } from './approval-notice';
import { failureOf } from './form-status';
import { POLICY_TYPENAMES } from './policy.logic';
import { RuleEditor } from './rule-editor';
import { RuleSettingCells } from './rule-cells';

const SettingsRulesTabQuery = graphql(`
  query SettingsRulesTabQuery($kind: EventKind) {
    rules(kind: $kind) {
      code
      label
      description
      dimension
      action
      weight
      defaultWeight
      status
      params
      defaultParams
    }
  }
`);

// Reading the rules back makes the document cache refetch both kinds' lists.
const RulesTab_UpdateRuleSettingsMutation = graphql(`
  mutation RulesTab_UpdateRuleSettingsMutation($input: RuleSettingsInput!) {
    updateRuleSettings(input: $input) {
      rules {
        code
        weight
        status
        params
      }
    }
  }
`);

const KINDS: { kind: EventKind; label: string }[] = [
  { kind: 'TRANSACTION', label: 'Transactions' },
  { kind: 'ACCOUNT', label: 'Account events' },
];

/** Every rule of one event kind with this tenant's weight, status and parameters. */
export function RulesTab() {
  const [params, setParams] = useSearchParams();
  const kind: EventKind = params.get('kind') === 'ACCOUNT' ? 'ACCOUNT' : 'TRANSACTION';
  // A version published on the Policy tab changes the rules LIVE scores with: follow it.
  const context = useMemo(() => POLICY_TYPENAMES, []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SettingsRulesTabQuery,
    variables: { kind },
    context,
  });
  const [, updateRule] = useMutation(RulesTab_UpdateRuleSettingsMutation);
  const [editing, setEditing] = useState<string | null>(null);
  const [returnFocus, setReturnFocus] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // Back on the row's Edit button once its editor closes, so keyboard users keep their place.
  useEffect(() => {
    if (editing === null && returnFocus)
      document.getElementById(editButtonId(returnFocus))?.focus();
  }, [editing, returnFocus]);

  const close = (code: string) => {
    setEditing(null);
    setReturnFocus(code);
  };

  const chooseKind = (next: EventKind) => {
    const search = new URLSearchParams(params);
    if (next === 'TRANSACTION') search.delete('kind');
    else search.set('kind', next);
    setEditing(null);
    setNotice(null);
    setParams(search);
  };

  return (
    <section className="card" aria-labelledby="rules-title" aria-busy={fetching}>
      <div className="toolbar">
        <h2 id="rules-title" className="toolbar__title">
          Rules
        </h2>
        <div className="segmented" role="group" aria-label="Event kind">
          {KINDS.map((k) => (
            <button
              key={k.kind}
              type="button"
              className="segmented__option"
              aria-pressed={kind === k.kind}
              onClick={() => chooseKind(k.kind)}
            >
              {k.label}
            </button>
          ))}
        </div>
      </div>
      <p className="muted">
        A rule's weight is added to the score when it fires. Shadow rules are evaluated and reported
        without changing decisions: use them to try a change first.
      </p>
      <ApprovalNotice />
      {notice ? (
        <p className="success" role="status">
          {notice}
        </p>
      ) : null}
      {error && !data ? (
        <ErrorState
          message={errorMessage(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : !data ? (
        <Loading label="Loading rules…" />
      ) : data.rules.length === 0 ? (
        <EmptyState title="No rules for this kind of event" />
      ) : (
        <table className="table rules-table">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Dimension</th>
              <th scope="col" className="num">
                Weight
              </th>
              <th scope="col">Status</th>
              <th scope="col">Parameters</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.rules.map((rule) => (
              <Fragment key={rule.code}>
                <tr>
                  <td>
                    <strong>{rule.label}</strong> <code className="muted">{rule.code}</code>
                    <div className="muted rules-table__description">{rule.description}</div>
                    {rule.action ? (
                      <div>
                        Forces <DecisionBadge decision={rule.action} />
                      </div>
                    ) : null}
                  </td>
                  <td>{humanize(rule.dimension)}</td>
                  <RuleSettingCells rule={rule} />
                  <td>
                    <button
                      id={editButtonId(rule.code)}
                      type="button"
                      className="button button--small"
                      aria-expanded={editing === rule.code}
                      aria-label={`Edit ${rule.code}`}
                      onClick={() => {
                        setNotice(null);
                        if (editing === rule.code) close(rule.code);
                        else setEditing(rule.code);
                      }}
                    >
                      Edit
                    </button>
                  </td>
                </tr>
                {editing === rule.code ? (
                  <tr className="rules-table__editor">
                    <td colSpan={6}>
                      <RuleEditor
                        rule={rule}
                        onSave={(input) => failureOf(updateRule({ input }))}
                        onSaved={() => {
                          setNotice(`${rule.label} (${rule.code}) saved.`);
                          close(rule.code);
                        }}
                        onCancel={() => close(rule.code)}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function editButtonId(code: string): string {
  return `rule-edit-${code}`;
}
