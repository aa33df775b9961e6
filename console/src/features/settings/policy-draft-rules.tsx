import { Fragment, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { failureOf } from './form-status';
import { RuleEditor } from './rule-editor';
import { RuleSettingCells } from './rule-cells';

const PolicyDraftRules_UpdateMutation = graphql(`
  mutation PolicyDraftRules_UpdateMutation($draftId: UUID!, $input: RuleSettingsInput!) {
    updateDraftRuleSettings(draftId: $draftId, input: $input) {
      id
      editedBy
      editedAt
      approvedBy
      rules {
        code
        weight
        status
        params
      }
      accountRules {
        code
        weight
        status
        params
      }
    }
  }
`);

/** A built-in rule as a draft shows it. */
export interface DraftRule {
  code: string;
  label: string;
  weight: number;
  defaultWeight: number;
  status: 'ACTIVE' | 'SHADOW' | 'DISABLED';
  params: unknown;
  defaultParams: unknown;
}

const KINDS = [
  { kind: 'TRANSACTION', label: 'Transactions' },
  { kind: 'ACCOUNT', label: 'Account events' },
] as const;

interface PolicyDraftRulesProps {
  draftId: string;
  rules: readonly DraftRule[];
  accountRules: readonly DraftRule[];
}

/** The draft's built-in rules of one event kind, each editable in place. */
export function PolicyDraftRules({ draftId, rules, accountRules }: PolicyDraftRulesProps) {
  const [, update] = useMutation(PolicyDraftRules_UpdateMutation);
  const [kind, setKind] = useState<(typeof KINDS)[number]['kind']>('TRANSACTION');
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const shown = kind === 'TRANSACTION' ? rules : accountRules;

  return (
    <section className="card" aria-labelledby="draft-rules-title">
      <div className="toolbar">
        <h3 id="draft-rules-title" className="toolbar__title">
          Built-in rules
        </h3>
        <div className="segmented" role="group" aria-label="Rules of event kind">
          {KINDS.map((k) => (
            <button
              key={k.kind}
              type="button"
              className="segmented__option"
              aria-pressed={kind === k.kind}
              onClick={() => {
                setKind(k.kind);
                setEditing(null);
              }}
            >
              {k.label}
            </button>
          ))}
        </div>
      </div>
      {notice ? (
        <p className="success" role="status">
          {notice}
        </p>
      ) : null}
      <table className="table rules-table">
        <thead>
          <tr>
            <th scope="col">Rule</th>
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
          {shown.map((rule) => (
            <Fragment key={rule.code}>
              <tr>
                <td>
                  <strong>{rule.label}</strong> <code className="muted">{rule.code}</code>
                </td>
                <RuleSettingCells rule={rule} />
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    aria-expanded={editing === rule.code}
                    aria-label={`Edit ${rule.code} in the draft`}
                    onClick={() => {
                      setNotice(null);
                      setEditing(editing === rule.code ? null : rule.code);
                    }}
                  >
                    Edit
                  </button>
                </td>
              </tr>
              {editing === rule.code ? (
                <tr className="rules-table__editor">
                  <td colSpan={5}>
                    <RuleEditor
                      rule={rule}
                      onSave={(input) => failureOf(update({ draftId, input }))}
                      onSaved={() => {
                        setNotice(`${rule.label} (${rule.code}) changed in the draft.`);
                        setEditing(null);
                      }}
                      onCancel={() => setEditing(null)}
                    />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
    </section>
  );
}
