import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { csvFileName, dailyCsv } from './csv.logic';

export const ExportCsv_FeedbackMetricsFragment = graphql(`
  fragment ExportCsv_FeedbackMetrics on FeedbackMetrics {
    daily {
      date
      count
      allowed
      reviewed
      challenged
      blocked
      averageScore
      labels {
        trueFraud
        falsePositive
        suspicious
        legitimate
      }
    }
  }
`);

interface ExportCsvButtonProps {
  /** Null while there is nothing to export (loading, failed). */
  metrics: FragmentType<typeof ExportCsv_FeedbackMetricsFragment> | null;
  /** First and last day shown (YYYY-MM-DD), for the file name. */
  from: string;
  to: string;
}

/** Hands the daily series to the browser as `warden-metrics-<from>-<to>.csv`. */
export function ExportCsvButton({ metrics, from, to }: ExportCsvButtonProps) {
  const data = getFragmentData(ExportCsv_FeedbackMetricsFragment, metrics);
  const download = () => {
    if (!data) return;
    const url = URL.createObjectURL(
      new Blob([dailyCsv(data.daily)], { type: 'text/csv;charset=utf-8' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = csvFileName(from, to);
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked on the next task: some browsers start the download after the click returns.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" className="button" onClick={download} disabled={!data}>
      Export CSV
    </button>
  );
}
