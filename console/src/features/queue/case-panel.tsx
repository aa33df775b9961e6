import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import {
  CONFIDENCES,
  EMPTY_FORM,
  LABELS,
  LABEL_TEXT,
  formProblem,
  labelForKey,
  type LabelForm,
} from './label.logic';

const CasePanelQuery = graphql(`
  query CasePanelQuery($id: UUID!) {
    case(id: $id) {
      id
      status
      priority
      riskScore
      decision
      amount
      userId
      transaction {
        id
        type
        currency
        matchedRules {
          code
          label
          weight
        }
        allChecks {
          code
          status
          detail
        }
      }
      linkedEntities {
        kind
        value
        userId
        confirmedFraud
        latestLabel
      }
    }
  }
`);

const ResolveCaseMutation = graphql(`
  mutation ResolveCaseMutation(
    $id: UUID!
    $label: AnalystLabel!
    $confidence: Confidence!
    $note: String
  ) {
    resolveCase(caseId: $id, label: $label, confidence: $confidence, note: $note) {
      id
      status
    }
  }
`);

interface CasePanelProps {
  caseId: string;
  onClose: () => void;
}

/** One case: why it was routed, who else shares its identifiers, and the label form. */
export function CasePanel({ caseId, onClose }: CasePanelProps) {
  const [{ data, fetching, error }] = useQuery({
    query: CasePanelQuery,
    variables: { id: caseId },
    requestPolicy: 'network-only',
  });
  const [resolution, resolve] = useMutation(ResolveCaseMutation);
  const [form, setForm] = useState<LabelForm>(EMPTY_FORM);
  const [showChecks, setShowChecks] = useState(false);
  const problem = formProblem(form);
  const c = data?.case;

  // Keys 1–4 choose the label, unless the analyst is typing the note.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLTextAreaElement) return;
      const label = labelForKey(event.key);
      if (label) setForm((f) => ({ ...f, label }));
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const submit = async () => {
    if (problem || !form.label) return;
    const result = await resolve({
      id: caseId,
      label: form.label,
      confidence: form.confidence,
      note: form.note.trim() || null,
    });
    if (!result.error) onClose();
  };

  return (
    <section className="card case" aria-busy={fetching} aria-label="Case">
      <header className="queue-header">
        <h2>Case</h2>
        {c ? (
          <span className="muted">
            <code>{c.userId}</code> · {c.decision} · score {c.riskScore} · {c.priority}
          </span>
        ) : null}
        <button type="button" className="button close" onClick={onClose}>
          Close
        </button>
      </header>
      {error ? (
        <div className="alert" role="alert">
          <p>{errorMessage(error)}</p>
        </div>
      ) : !c ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <h3>Why it was routed</h3>
          {c.transaction.matchedRules.length === 0 ? (
            <p className="muted">No rule fired: the tenant's thresholds sent it to review.</p>
          ) : (
            <ul className="rules">
              {c.transaction.matchedRules.map((r) => (
                <li key={r.code}>
                  <strong>{r.label}</strong> <span className="muted">+{r.weight}</span>
                  <div className="muted">
                    {c.transaction.allChecks.find((x) => x.code === r.code)?.detail}
                  </div>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button" onClick={() => setShowChecks((v) => !v)}>
            {showChecks ? 'Hide' : 'Show'} all {c.transaction.allChecks.length} checks
          </button>
          {showChecks ? (
            <ul className="checks">
              {c.transaction.allChecks.map((x) => (
                <li key={x.code}>
                  <code>{x.code}</code> {x.status} — <span className="muted">{x.detail}</span>
                </li>
              ))}
            </ul>
          ) : null}
          <h3>Linked accounts</h3>
          {c.linkedEntities.length === 0 ? (
            <p className="muted">
              No other customer shares its device, IP, e-mail, phone or recipient.
            </p>
          ) : (
            <ul className="rules">
              {c.linkedEntities.map((l) => (
                <li key={`${l.kind}:${l.value}:${l.userId}`}>
                  <code>{l.userId}</code> shares the {l.kind.toLowerCase()} <code>{l.value}</code>
                  {l.confirmedFraud ? (
                    <strong className="overdue"> · confirmed fraud</strong>
                  ) : null}
                  {l.latestLabel ? (
                    <span className="muted"> · labelled {l.latestLabel}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {c.status === 'RESOLVED' ? (
            <p className="notice">This case is resolved.</p>
          ) : (
            <form
              className="label-form"
              onSubmit={(e) => {
                e.preventDefault();
                void submit();
              }}
            >
              <fieldset>
                <legend>Label</legend>
                {LABELS.map((label, i) => (
                  <label key={label} className="choice">
                    <input
                      type="radio"
                      name="label"
                      value={label}
                      checked={form.label === label}
                      onChange={() => setForm((f) => ({ ...f, label }))}
                    />
                    {i + 1}. {LABEL_TEXT[label]}
                  </label>
                ))}
              </fieldset>
              <label className="field">
                Confidence
                <select
                  value={form.confidence}
                  onChange={(e) =>
                    setForm((f) => ({
                      ...f,
                      confidence: e.target.value as LabelForm['confidence'],
                    }))
                  }
                >
                  {CONFIDENCES.map((x) => (
                    <option key={x} value={x}>
                      {x.toLowerCase()}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                Note
                <textarea
                  rows={2}
                  value={form.note}
                  onChange={(e) => setForm((f) => ({ ...f, note: e.target.value }))}
                />
              </label>
              {resolution.error ? (
                <p className="alert" role="alert">
                  {errorMessage(resolution.error)}
                </p>
              ) : null}
              <button
                type="submit"
                className="button button--primary"
                disabled={Boolean(problem) || resolution.fetching}
                title={problem ?? undefined}
              >
                Resolve case
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
