// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Client, fetchExchange, Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import type { PolicyState, VersionFacts } from './policy.logic';
import { PolicyPublish } from './policy-publish';

/** A GraphQL server stand-in: answers each operation by name and records what was sent. */
function fakeServer(answers: Record<string, unknown>) {
  const sent: { operationName: string; variables: Record<string, unknown> }[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as (typeof sent)[number];
    sent.push({ operationName: body.operationName, variables: body.variables });
    const answer = answers[body.operationName];
    if (answer === undefined) throw new Error(`Expected no ${body.operationName} request`);
    return new Response(JSON.stringify(answer), {
      headers: { 'content-type': 'application/json' },
    });
  });
  const client = new Client({
    url: 'http://warden.test/graphql',
    exchanges: [fetchExchange],
    fetch,
  });
  return { client, sent };
}

const DRAFT: VersionFacts & { id: string } = {
  id: '5d1f3c7e-1111-4a4a-8888-000000000004',
  number: 4,
  status: 'DRAFT',
  baseNumber: 3,
  modes: [],
  createdBy: 'ada@acme.test',
  editedBy: 'ada@acme.test',
  approvedBy: null,
};
const POLICY: PolicyState = { liveVersion: 3, testVersion: 3, requireApproval: false };

function renderPublish(
  answers: Record<string, unknown>,
  props: Partial<{ version: typeof DRAFT; policy: PolicyState; viewerEmail: string }> = {},
) {
  const server = fakeServer(answers);
  render(
    <Provider value={server.client}>
      <PolicyPublish
        version={props.version ?? DRAFT}
        policy={props.policy ?? POLICY}
        viewerEmail={props.viewerEmail ?? 'ada@acme.test'}
      />
    </Provider>,
  );
  return server;
}

const published = (modes: string[]) => ({
  data: {
    publishPolicy: {
      __typename: 'PolicyVersion',
      id: DRAFT.id,
      number: 4,
      status: 'PUBLISHED',
      modes,
      publishedBy: 'ada@acme.test',
      publishedAt: '2026-01-01T00:00:00.000Z',
    },
  },
});

describe('PolicyPublish', () => {
  it('publishes to TEST first, saying LIVE traffic does not change', async () => {
    const user = userEvent.setup();
    const server = renderPublish({ PolicyPublish_PublishMutation: published(['TEST']) });
    expect(screen.getByRole('checkbox', { name: 'TEST first' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Publish to TEST' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('LIVE traffic does not change.');
    await user.click(within(dialog).getByRole('button', { name: 'Publish to TEST' }));
    await screen.findByText('TEST scores with version 4.');
    expect(server.sent).toEqual([
      {
        operationName: 'PolicyPublish_PublishMutation',
        variables: { draftId: DRAFT.id, mode: 'TEST' },
      },
    ]);
  });

  it('shows the server’s refusal inside the confirmation, in words', async () => {
    const user = userEvent.setup();
    renderPublish({
      PolicyPublish_PublishMutation: {
        errors: [
          {
            message:
              'TEST moved to version 5 after this version was drafted from 3; create a new draft from version 5',
            extensions: { code: 'CONFLICT' },
          },
        ],
      },
    });
    await user.click(screen.getByRole('button', { name: 'Publish to TEST' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Publish to TEST' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Someone published first. TEST moved to version 5 after this version was drafted from 3; create a new draft from version 5',
    );
    expect(dialog).toBeInTheDocument();
  });

  it('holds a LIVE publish until another administrator approved the draft', async () => {
    const user = userEvent.setup();
    renderPublish({}, { policy: { ...POLICY, requireApproval: true } });
    const approve = screen.getByRole('button', { name: 'Approve version 4' });
    expect(approve).toBeDisabled();
    expect(approve).toHaveAccessibleDescription(
      'You created this draft: another administrator must approve it.',
    );
    await user.click(screen.getByRole('checkbox', { name: 'TEST first' }));
    const toLive = screen.getByRole('button', { name: 'Publish to LIVE' });
    expect(toLive).toBeDisabled();
    expect(toLive).toHaveAccessibleDescription(
      'This tenant requires another administrator to approve a draft before it goes LIVE.',
    );
  });

  it('lets another administrator approve', async () => {
    const user = userEvent.setup();
    const server = renderPublish(
      {
        PolicyPublish_ApproveMutation: {
          data: {
            approvePolicy: {
              __typename: 'PolicyVersion',
              id: DRAFT.id,
              approvedBy: 'bob@acme.test',
              approvedAt: '2026-01-01T00:00:00.000Z',
            },
          },
        },
      },
      { policy: { ...POLICY, requireApproval: true }, viewerEmail: 'bob@acme.test' },
    );
    await user.click(screen.getByRole('button', { name: 'Approve version 4' }));
    await vi.waitFor(() =>
      expect(server.sent.map((s) => s.operationName)).toEqual(['PolicyPublish_ApproveMutation']),
    );
    expect(server.sent[0]!.variables).toEqual({ draftId: DRAFT.id });
  });
});
