import { Fragment, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { humanize } from '../../lib/format';
import { ConfirmDialog } from './confirm-dialog';
import { actionText, type CustomRuleView } from './custom-rule.logic';
import { CustomRuleForm } from './custom-rule-form';
import { failureOf } from './form-status';
import './custom-rules.css';

const CustomRulesEditor_RemoveMutation = graphql(`
  mutation CustomRulesEditor_RemoveMutation($draftId: UUID!, $code: String!) {
    removeCustomRule(draftId: $draftId, code: $code) {
      id
      editedBy
      editedAt
      approvedBy
      customRules {
        code
      }
    }
  }
`);

interface CustomRulesEditorProps {
  draftId: string;
  rules: readonly CustomRuleView[];
}

/** Which form is open: none, a new rule, or the rule with this code. */
type Editing = null | { code: null } | { code: string };

/** The draft's custom rules, each editable or removable, and a form to add one. */
export function CustomRulesEditor({ draftId, rules }: CustomRulesEditorProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [, remove] = useMutation(CustomRulesEditor_RemoveMutation);
  const open = (next: Editing) => {
    setNotice(null);
    setEditing(next);
  };
  const form = (rule: CustomRuleView | null) => (
    <CustomRuleForm
      key={rule?.code ?? 'new'}
      draftId={draftId}
      rule={rule}
      onSaved={(code) => {
        setEditing(null);
        setNotice(`${code} saved in the draft.`);
      }}
      onCancel={() => setEditing(null)}
    />
  );

  return (
    <section className="card custom-rules-editor" aria-labelledby="custom-rules-title">
      <div className="toolbar">
        <h3 id="custom-rules-title" className="toolbar__title">
          Custom rules
        </h3>
        <button
          type="button"
          className="button button--small"
          aria-expanded={editing?.code === null}
          onClick={() => open(editing?.code === null ? null : { code: null })}
        >
          Add a custom rule
        </button>
      </div>
      <p className="muted">
        Conditions in CEL over the event’s variables. A rule that holds adds its weight to the score
        and may force a decision.
      </p>
      {notice ? (
        <p className="success" role="status">
          {notice}
        </p>
      ) : null}
      {editing?.code === null ? form(null) : null}
      {rules.length === 0 ? (
        <p className="muted">This draft has no custom rules yet.</p>
      ) : (
        <table className="table custom-rules-table">
          <caption className="visually-hidden">Custom rules of the draft</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Condition</th>
              <th scope="col" className="num">
                Weight
              </th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <Fragment key={rule.code}>
                <tr>
                  <th scope="row">
                    {rule.name} <code className="muted">{rule.code}</code>
                    <div className="muted">
                      {humanize(rule.eventKind)} · {actionText(rule.action)}
                      {rule.priority ? ` · priority ${rule.priority}` : ''}
                    </div>
                  </th>
                  <td>
                    <code>{rule.condition}</code>
                  </td>
                  <td className="num">{rule.weight}</td>
                  <td>
                    <span className={`badge badge--rule-${rule.status.toLowerCase()}`}>
                      {humanize(rule.status)}
                    </span>
                  </td>
                  <td className="custom-rules-table__actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-expanded={editing?.code === rule.code}
                      aria-label={`Edit custom rule ${rule.code}`}
                      onClick={() => open(editing?.code === rule.code ? null : rule)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Remove custom rule ${rule.code}`}
                      onClick={() => setRemoving(rule.code)}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
                {editing?.code === rule.code ? (
                  <tr className="rules-table__editor">
                    <td colSpan={5}>{form(rule)}</td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      {removing ? (
        <ConfirmDialog
          title={`Remove ${removing}?`}
          confirmLabel="Remove rule"
          onCancel={() => setRemoving(null)}
          onConfirm={async () => {
            const failure = await failureOf(remove({ draftId, code: removing }));
            if (failure === null) {
              if (editing?.code === removing) setEditing(null);
              setNotice(`${removing} removed from the draft.`);
              setRemoving(null);
            }
            return failure;
          }}
        >
          The draft loses the rule; published versions keep theirs.
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
