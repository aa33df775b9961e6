import { useCallback, useEffect } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/ui/states';
import { graphql } from '../../gql';
import { useDataMode } from '../../lib/data-mode';
import { errorMessage } from '../../lib/graphql-errors';
import { useNow } from '../../lib/use-now';
import { ignoresShortcut } from '../../lib/keyboard';
import { Link, useNavigate } from '../../lib/router';
import { recalledQueueSearch } from '../queue/queue-memory';
import { filterFromSearch, filterToVariables, nextCaseId } from '../queue/queue.logic';
import type { ConsoleViewer } from '../shell/app-shell';
import { TransactionExplanation } from '../transactions/transaction-explanation';
import { CaseHeader } from './case-header';
import { CaseTimeline } from './case-timeline';
import { CustomerProfile } from './customer-profile';
import { LabelForm } from './label-form';
import type { LabelForm as LabelFormValue } from './label.logic';
import { LinkedAccounts } from './linked-accounts';
import { RecentEvents } from './recent-events';
import './cases.css';

const CasePageQuery = graphql(`
  query CasePageQuery($id: UUID!, $mode: Mode) {
    scoringPolicy {
      baseCurrency
    }
    case(id: $id, mode: $mode) {
      id
      status
      assignee {
        email
      }
      transaction {
        currency
        ...TransactionExplanation_TransactionFragment
      }
      customer {
        ...CustomerProfile_Customer
      }
      ...CaseHeader_Case
      ...CaseTimeline_Case
      ...LinkedAccounts_Case
      ...RecentEvents_Case
    }
  }
`);

const CasePage_AssignCaseMutation = graphql(`
  mutation CasePage_AssignCaseMutation($id: UUID!, $mode: Mode) {
    assignCase(caseId: $id, mode: $mode) {
      id
      status
      assignee {
        email
      }
      ...CaseHeader_Case
      ...CaseTimeline_Case
    }
  }
`);

const CasePage_UnassignCaseMutation = graphql(`
  mutation CasePage_UnassignCaseMutation($id: UUID!, $mode: Mode) {
    unassignCase(caseId: $id, mode: $mode) {
      id
      status
      assignee {
        email
      }
      ...CaseHeader_Case
      ...CaseTimeline_Case
    }
  }
`);

const CasePage_AddCaseNoteMutation = graphql(`
  mutation CasePage_AddCaseNoteMutation($id: UUID!, $note: String!, $mode: Mode) {
    addCaseNote(caseId: $id, note: $note, mode: $mode) {
      id
      ...CaseTimeline_Case
    }
  }
`);

const CasePage_ResolveCaseMutation = graphql(`
  mutation CasePage_ResolveCaseMutation(
    $id: UUID!
    $label: AnalystLabel!
    $confidence: Confidence!
    $note: String
    $mode: Mode
  ) {
    resolveCase(caseId: $id, label: $label, confidence: $confidence, note: $note, mode: $mode) {
      id
      status
    }
  }
`);

/** The next cases in the analyst's queue view, to move on after a resolution. */
const CasePage_NextCasesQuery = graphql(`
  query CasePage_NextCasesQuery($filter: ReviewQueueFilter, $mode: Mode) {
    reviewQueue(filter: $filter, first: 3, mode: $mode) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

/**
 * The case workspace: why it scored as it did, who the customer is, who else shares their
 * identifiers, the timeline, and the label form. Resolving moves on to the next case.
 */
export function CasePage({ id, viewer }: { id: string; viewer: ConsoleViewer }) {
  const { mode } = useDataMode();
  const navigate = useNavigate();
  const client = useClient();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CasePageQuery,
    variables: { id, mode },
    requestPolicy: 'cache-and-network',
  });
  const [assignment, assign] = useMutation(CasePage_AssignCaseMutation);
  const [release, unassign] = useMutation(CasePage_UnassignCaseMutation);
  const [noting, addNote] = useMutation(CasePage_AddCaseNoteMutation);
  const [resolution, resolve] = useMutation(CasePage_ResolveCaseMutation);
  const now = useNow();
  const queueSearch = recalledQueueSearch();
  const backToQueue = `/queue${queueSearch ? `?${queueSearch}` : ''}`;

  // Only the case asked for: never act on another one's data while this one loads.
  const c = data?.case.id === id ? data.case : undefined;
  const canWork = viewer.role === 'ANALYST' || viewer.role === 'TENANT_ADMIN';

  const claim = useCallback(() => void assign({ id, mode }), [assign, id, mode]);

  // Escape goes back to the queue; c claims, as in the queue.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (ignoresShortcut(event)) return;
      if (event.key === 'Escape') navigate(backToQueue);
      if (event.key === 'c' && canWork && c && !c.assignee && c.status !== 'RESOLVED') claim();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, backToQueue, c, claim, canWork]);

  const submit = async (form: LabelFormValue) => {
    if (!form.label) return;
    const result = await resolve({
      id,
      mode,
      label: form.label,
      confidence: form.confidence,
      note: form.note.trim() || null,
    });
    if (result.error) return;
    const next = await client
      .query(
        CasePage_NextCasesQuery,
        {
          mode,
          filter: filterToVariables(filterFromSearch(queueSearch), { openOnly: true }),
        },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    const nextId = nextCaseId(next.data?.reviewQueue.edges.map((e) => e.node.id) ?? [], id);
    navigate(nextId ? `/cases/${nextId}` : backToQueue);
  };

  if (error && !c) {
    return (
      <>
        <Link to={backToQueue}>← Back to the queue</Link>
        <ErrorState
          message={errorMessage(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </>
    );
  }
  if (!c) return fetching ? <Loading label="Loading the case…" /> : null;

  const actionError = assignment.error ?? release.error;
  return (
    <div className="case-page">
      <nav className="case-page__nav" aria-label="Case">
        <Link to={backToQueue}>← Back to the queue</Link>
        <span className="muted">
          {canWork ? (
            <>
              <kbd>1</kbd>–<kbd>4</kbd> label · <kbd>c</kbd> claim ·{' '}
            </>
          ) : null}
          <kbd>Esc</kbd> back
        </span>
      </nav>
      <CaseHeader
        case={c}
        viewerEmail={viewer.email}
        now={now}
        busy={assignment.fetching || release.fetching}
        onClaim={canWork ? claim : undefined}
        onRelease={canWork ? () => void unassign({ id, mode }) : undefined}
      />
      {actionError ? <ErrorState message={errorMessage(actionError)} /> : null}
      <div className="case-page__columns">
        <div className="case-page__main">
          <h2 className="section-title">Why it was routed</h2>
          <TransactionExplanation transaction={c.transaction} />
          <LinkedAccounts case={c} />
          <RecentEvents case={c} />
        </div>
        <aside className="case-page__side">
          <section className="card" aria-labelledby="label-heading">
            <h2 id="label-heading">Decision</h2>
            {c.status === 'RESOLVED' ? (
              <p className="notice">This case is resolved.</p>
            ) : !canWork ? (
              <p className="notice">Your role reads cases; analysts and admins label them.</p>
            ) : (
              <LabelForm
                onSubmit={(form) => void submit(form)}
                busy={resolution.fetching}
                error={resolution.error ? errorMessage(resolution.error) : null}
              />
            )}
          </section>
          {c.customer ? (
            <CustomerProfile customer={c.customer} currency={data?.scoringPolicy.baseCurrency} />
          ) : null}
          <CaseTimeline
            case={c}
            busy={noting.fetching}
            error={noting.error ? errorMessage(noting.error) : null}
            onAddNote={
              c.status === 'RESOLVED' || !canWork
                ? undefined
                : async (note) => !(await addNote({ id, note, mode })).error
            }
          />
        </aside>
      </div>
    </div>
  );
}
