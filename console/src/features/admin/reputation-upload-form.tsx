import { useId, useState, type FormEvent } from 'react';
import { Field } from '../settings/form-status';
import {
  REPUTATION_KINDS,
  REPUTATION_TEXT,
  importSummary,
  uploadProblem,
  type ReputationKindName,
} from './admin.logic';

/** What the upload sends. */
export interface ReputationUpload {
  kind: ReputationKindName;
  content: string;
  fileName: string;
  replace: boolean;
}

/** What the server reports on an import. */
export interface ReputationImportOutcome {
  imported: number;
  added: number;
  removed: number;
  rejectedCount: number;
  rejected: readonly { line: number; message: string }[];
}

interface ReputationUploadFormProps {
  /** Sends the file; resolves with the report, or the server's message when it refused. */
  onUpload: (upload: ReputationUpload) => Promise<ReputationImportOutcome | string>;
}

type State =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'done'; fileName: string; outcome: ReputationImportOutcome }
  | { state: 'failed'; message: string };

/**
 * Loads a list file into a reputation list: read in the browser, sent as text. The report lists
 * refused lines by number; "replace" drops entries missing from the file and is refused by the
 * server for an empty or damaged file.
 */
export function ReputationUploadForm({ onUpload }: ReputationUploadFormProps) {
  const id = useId();
  const [kind, setKind] = useState<ReputationKindName>('TOR_EXIT');
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [replace, setReplace] = useState(false);
  const [tried, setTried] = useState(false);
  const [state, setState] = useState<State>({ state: 'idle' });
  const problem = uploadProblem(file?.content ?? null, file?.name ?? null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem || !file) return;
    setState({ state: 'sending' });
    const outcome = await onUpload({
      kind,
      content: file.content,
      fileName: file.name,
      replace,
    });
    setState(
      typeof outcome === 'string'
        ? { state: 'failed', message: outcome }
        : { state: 'done', fileName: file.name, outcome },
    );
  };

  return (
    <form
      className="card form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => void onSubmit(e)}
    >
      <h2 id={`${id}-title`}>Upload a list</h2>
      <p className="muted">
        A text file, one value per line; blank lines and <code># comments</code> are skipped.
      </p>
      <div className="grid grid--2">
        <Field label="List" hint={REPUTATION_TEXT[kind].hint}>
          {(control) => (
            <select
              {...control}
              value={kind}
              onChange={(event) => {
                setKind(event.target.value as ReputationKindName);
                setState({ state: 'idle' });
              }}
            >
              {REPUTATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {REPUTATION_TEXT[k].label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="File" error={tried ? problem : null}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".txt,.csv,.list,text/plain"
              onChange={(event) => {
                const chosen = event.target.files?.[0];
                setState({ state: 'idle' });
                if (!chosen) {
                  setFile(null);
                  return;
                }
                void readText(chosen).then(
                  (content) => setFile({ name: chosen.name, content }),
                  () => setState({ state: 'failed', message: `Could not read ${chosen.name}.` }),
                );
              }}
            />
          )}
        </Field>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={replace}
          onChange={(event) => setReplace(event.target.checked)}
        />{' '}
        Replace the list: remove entries that are not in this file
      </label>
      {state.state === 'failed' ? (
        <p className="alert" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.state === 'done' ? <ImportReport {...state} /> : null}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={state.state === 'sending'}
        >
          {state.state === 'sending' ? 'Uploading…' : 'Upload'}
        </button>
      </div>
    </form>
  );
}

/** A file's text, as UTF-8 (FileReader: older engines lack `Blob.text()`). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

function ImportReport({
  fileName,
  outcome,
}: {
  fileName: string;
  outcome: ReputationImportOutcome;
}) {
  const hidden = outcome.rejectedCount - outcome.rejected.length;
  return (
    <div role="status">
      <p className="success">
        {fileName}: {importSummary(outcome)}
      </p>
      {outcome.rejected.length > 0 ? (
        <table className="table" aria-label="Refused lines">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {outcome.rejected.map((r) => (
              <tr key={r.line}>
                <td className="num">{r.line}</td>
                <td>{r.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {hidden > 0 ? <p className="muted">…and {hidden.toLocaleString('en-GB')} more.</p> : null}
    </div>
  );
}
