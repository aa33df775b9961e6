import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { Link } from '../../lib/router';
import { POLICY_TYPENAMES } from './policy.logic';

const ApprovalNoticeQuery = graphql(`
  query ApprovalNoticeQuery {
    scoringPolicy(mode: LIVE) {
      requireApproval
    }
  }
`);

/**
 * On the tabs whose changes go LIVE at once: when the tenant requires approval the server refuses
 * them, so say where changes are made instead. Nothing shows otherwise (or while loading).
 */
export function ApprovalNotice() {
  // The approval toggle's mutation returns a bare Boolean, which the cache cannot follow.
  const context = useMemo(() => POLICY_TYPENAMES, []);
  const [{ data }] = useQuery({
    query: ApprovalNoticeQuery,
    context,
    requestPolicy: 'cache-and-network',
  });
  if (!data?.scoringPolicy.requireApproval) return null;
  return (
    <p className="notice approval-notice" role="note">
      This tenant requires approval of policy changes: saving here is refused. Make changes in a
      draft on the <Link to="/settings/policy">Policy</Link> tab and have another administrator
      approve it.
    </p>
  );
}
