// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  ReputationUploadForm,
  type ReputationImportOutcome,
  type ReputationUpload,
} from './reputation-upload-form';

const OUTCOME: ReputationImportOutcome = {
  imported: 2,
  added: 2,
  removed: 0,
  rejectedCount: 1,
  rejected: [{ line: 3, message: '"nope" is not an IPv4 or IPv6 address' }],
};

function renderForm(
  onUpload = vi.fn(
    async (_u: ReputationUpload): Promise<ReputationImportOutcome | string> => OUTCOME,
  ),
) {
  render(<ReputationUploadForm onUpload={onUpload} />);
  return onUpload;
}

const file = (text: string, name = 'tor.txt') => new File([text], name, { type: 'text/plain' });

describe('ReputationUploadForm', () => {
  it('reads the chosen file, sends it to the chosen list, and reports refused lines', async () => {
    const user = userEvent.setup();
    const onUpload = renderForm();
    await user.selectOptions(screen.getByRole('combobox', { name: 'List' }), 'TOR_EXIT');
    await user.upload(screen.getByLabelText('File'), file('192.0.2.1\n198.51.100.7\nnope\n'));
    await vi.waitFor(async () => {
      await user.click(screen.getByRole('button', { name: 'Upload' }));
      expect(onUpload).toHaveBeenCalled();
    });
    expect(onUpload).toHaveBeenCalledWith({
      kind: 'TOR_EXIT',
      content: '192.0.2.1\n198.51.100.7\nnope\n',
      fileName: 'tor.txt',
      replace: false,
    });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'tor.txt: 2 valid entries, 2 new, 1 line refused.',
    );
    expect(screen.getByRole('table', { name: 'Refused lines' })).toHaveTextContent(
      '3"nope" is not an IPv4 or IPv6 address',
    );
  });

  it('asks for a file before sending', async () => {
    const user = userEvent.setup();
    const onUpload = renderForm();
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect(screen.getByLabelText('File')).toHaveAccessibleDescription('Choose a file to upload.');
    expect(onUpload).not.toHaveBeenCalled();
  });

  it('sends replace when ticked and shows the server refusal', async () => {
    const user = userEvent.setup();
    const onUpload = renderForm(
      vi.fn(async () => 'Invalid input: content 1 invalid line(s): refusing to replace the list'),
    );
    await user.upload(screen.getByLabelText('File'), file('10.0.0.0/8\nbad\n', 'hosting.txt'));
    await user.click(screen.getByRole('checkbox', { name: /Replace the list/ }));
    await vi.waitFor(async () => {
      await user.click(screen.getByRole('button', { name: 'Upload' }));
      expect(onUpload).toHaveBeenCalled();
    });
    expect(onUpload.mock.calls[0]![0]).toMatchObject({ replace: true, fileName: 'hosting.txt' });
    expect(await screen.findByRole('alert')).toHaveTextContent('refusing to replace');
  });
});
