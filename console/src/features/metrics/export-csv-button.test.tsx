// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../../gql';
import { ExportCsvButton, ExportCsv_FeedbackMetricsFragment } from './export-csv-button';

const metrics = makeFragmentData(
  {
    daily: [
      {
        date: '2026-11-25',
        count: 2,
        allowed: 1,
        reviewed: 0,
        challenged: 0,
        blocked: 1,
        averageScore: 50,
        labels: { trueFraud: 1, falsePositive: 0, suspicious: 0, legitimate: 0 },
      },
    ],
  },
  ExportCsv_FeedbackMetricsFragment,
);

const { createObjectURL, revokeObjectURL } = URL;
afterEach(() => {
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
  vi.restoreAllMocks();
});

/** jsdom's Blob has no text(): read it the older way. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('ExportCsvButton', () => {
  it('downloads the daily series as warden-metrics-<from>-<to>.csv from a Blob URL', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:metrics';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    render(<ExportCsvButton metrics={metrics} from="2026-11-01" to="2026-11-25" />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('warden-metrics-2026-11-01-2026-11-25.csv');
    expect(clicked[0]!.href).toBe('blob:metrics');
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    expect(await readText(blobs[0]!)).toContain('2026-11-25,2,1,0,0,1,50,1,0,0,0\r\n');
  });

  it('is disabled while there is nothing to export', () => {
    render(<ExportCsvButton metrics={null} from="2026-11-01" to="2026-11-25" />);
    expect((screen.getByRole('button', { name: 'Export CSV' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
