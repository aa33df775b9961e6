import { EmptyState } from '../../components/ui/states';
import { formatDateTime } from '../../lib/format';
import type { PolicyMode } from './policy.logic';

/** A row of the history, as PolicyTabQuery reads it. */
export interface VersionRow {
  id: string;
  number: number;
  status: 'DRAFT' | 'PUBLISHED';
  baseNumber: number;
  modes: readonly PolicyMode[];
  note?: string | null;
  createdBy: string;
  createdAt: string;
  approvedBy?: string | null;
  publishedBy?: string | null;
  publishedAt?: string | null;
}

interface PolicyHistoryProps {
  versions: readonly VersionRow[];
  /** The number of the version shown below, if any. */
  opened: number | null;
  onOpen: (number: number) => void;
}

/** Every version, newest first: status, the modes scoring with it, who did what and when. */
export function PolicyHistory({ versions, opened, onOpen }: PolicyHistoryProps) {
  if (versions.length === 0)
    return (
      <EmptyState title="No versions yet">
        Both modes score with the built-in defaults. Create a draft to change them.
      </EmptyState>
    );
  return (
    <table className="table policy-history" aria-label="Version history">
      <thead>
        <tr>
          <th scope="col" className="num">
            Version
          </th>
          <th scope="col">Status</th>
          <th scope="col">Note</th>
          <th scope="col">Created</th>
          <th scope="col">Approved by</th>
          <th scope="col">Published</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.id} aria-current={v.number === opened ? 'true' : undefined}>
            <td className="num">{v.number}</td>
            <td>
              <VersionBadges status={v.status} modes={v.modes} />
            </td>
            <td className="policy-history__note">{v.note ?? <span className="muted">—</span>}</td>
            <td>
              {v.createdBy}
              <div className="muted">
                {formatDateTime(v.createdAt)} · from{' '}
                {v.baseNumber === 0 ? 'defaults' : `v${v.baseNumber}`}
              </div>
            </td>
            <td>{v.approvedBy ?? <span className="muted">—</span>}</td>
            <td>
              {v.publishedBy ? (
                <>
                  {v.publishedBy}
                  <div className="muted">{formatDateTime(v.publishedAt)}</div>
                </>
              ) : (
                <span className="muted">—</span>
              )}
            </td>
            <td>
              <button
                type="button"
                className="button button--small"
                aria-label={`Open version ${v.number}`}
                aria-pressed={v.number === opened}
                onClick={() => onOpen(v.number)}
              >
                Open
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Draft or published, and a LIVE / TEST badge per mode that scores with the version. */
export function VersionBadges({
  status,
  modes,
}: {
  status: 'DRAFT' | 'PUBLISHED';
  modes: readonly PolicyMode[];
}) {
  return (
    <span className="policy-badges">
      <span className={`badge badge--version-${status.toLowerCase()}`}>
        {status === 'DRAFT' ? 'Draft' : 'Published'}
      </span>
      {modes.map((m) => (
        <span key={m} className={`badge badge--mode-${m.toLowerCase()}`}>
          {m}
        </span>
      ))}
    </span>
  );
}
