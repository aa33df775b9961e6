// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Client, fetchExchange, Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { CustomRuleForm } from './custom-rule-form';

const DRAFT_ID = '5d1f3c7e-1111-4a4a-8888-000000000004';
const VARIABLES = [
  { name: 'amount', type: 'double', description: 'The amount', example: 'amount > 1000' },
  { name: 'type', type: 'string', description: 'Kind of payment', example: "type == 'CARD'" },
];

/** Answers each operation with `answer(variables)` and records what was sent. */
function fakeServer(answers: Record<string, (variables: Record<string, unknown>) => unknown>) {
  const sent: { operationName: string; variables: Record<string, unknown> }[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as (typeof sent)[number];
    sent.push({ operationName: body.operationName, variables: body.variables });
    const answer = answers[body.operationName];
    if (!answer) throw new Error(`Expected no ${body.operationName} request`);
    return new Response(JSON.stringify(answer(body.variables)), {
      headers: { 'content-type': 'application/json' },
    });
  });
  return {
    client: new Client({
      url: 'http://warden.test/graphql',
      exchanges: [fetchExchange],
      preferGetMethod: false,
      fetch,
    }),
    sent,
  };
}

/** The server's check: only `amount` and `type` are known. */
function validate(variables: Record<string, unknown>) {
  const condition = String(variables.condition);
  const at = condition.indexOf('amont');
  const problems =
    at < 0
      ? []
      : [
          {
            message: "unknown variable 'amont' (did you mean 'amount'?)",
            offset: at,
            line: 1,
            column: at + 1,
          },
        ];
  return {
    data: {
      validateRuleCondition: {
        __typename: 'ConditionValidation',
        valid: !problems.length,
        problems: problems.map((p) => ({ __typename: 'ConditionProblem', ...p })),
      },
    },
  };
}

function renderForm(upsert: (variables: Record<string, unknown>) => unknown) {
  const server = fakeServer({
    CustomRuleForm_VariablesQuery: () => ({
      data: { ruleVariables: VARIABLES.map((v) => ({ __typename: 'RuleVariable', ...v })) },
    }),
    ConditionEditor_ValidateQuery: validate,
    CustomRuleForm_UpsertMutation: upsert,
  });
  const onSaved = vi.fn();
  render(
    <Provider value={server.client}>
      <CustomRuleForm draftId={DRAFT_ID} rule={null} onSaved={onSaved} onCancel={() => {}} />
    </Provider>,
  );
  return { ...server, onSaved };
}

const saved = (code: string) => () => ({
  data: {
    upsertCustomRule: {
      __typename: 'PolicyVersion',
      id: DRAFT_ID,
      editedBy: 'ada@acme.test',
      editedAt: '2026-01-01T00:00:00.000Z',
      approvedBy: null,
      customRules: [],
    },
  },
  code,
});

describe('CustomRuleForm', () => {
  it('shows the server’s problem with its position, marks it, and holds Save until fixed', async () => {
    const user = userEvent.setup();
    const { sent, onSaved } = renderForm(saved('BIG'));
    await user.type(screen.getByLabelText('Code'), 'big');
    await user.type(screen.getByLabelText('Name'), 'Big payments');
    const condition = screen.getByLabelText('Condition');
    await user.type(condition, 'x && amont > 5');
    const problems = await screen.findByRole('list', { name: 'Problems in the condition' });
    expect(problems).toHaveTextContent("Line 1, column 6: unknown variable 'amont'");
    expect(condition).toHaveAttribute('aria-invalid', 'true');
    const marked = document.querySelector('.cel-token--problem');
    expect(marked).toHaveTextContent('amont');
    const save = screen.getByRole('button', { name: 'Save custom rule' });
    expect(save).toBeDisabled();
    // Only the text as it stood after the pause was sent, not every keystroke.
    const checks = sent.filter((s) => s.operationName === 'ConditionEditor_ValidateQuery');
    expect(checks.map((c) => c.variables.condition)).toEqual(['x && amont > 5']);

    await user.click(screen.getByRole('button', { name: 'Large payment at night' }));
    expect(condition).toHaveValue('(time.hour >= 23 || time.hour <= 5) && amount > 5000');
    await screen.findByText('The condition is valid.');
    expect(save).toBeEnabled();
    await user.click(save);
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith('BIG'));
    expect(
      sent.find((s) => s.operationName === 'CustomRuleForm_UpsertMutation')!.variables,
    ).toEqual({
      draftId: DRAFT_ID,
      input: {
        code: 'BIG',
        name: 'Big payments',
        description: '',
        eventKind: 'TRANSACTION',
        condition: '(time.hour >= 23 || time.hour <= 5) && amount > 5000',
        weight: 20,
        action: null,
        priority: 0,
        status: 'ACTIVE',
      },
    });
  });

  it('inserts a variable at the caret and uses an example', async () => {
    const user = userEvent.setup();
    renderForm(saved('X'));
    const condition = screen.getByLabelText('Condition');
    await user.type(condition, ' > 5');
    (condition as HTMLTextAreaElement).setSelectionRange(0, 0);
    const panel = screen.getByRole('complementary', { name: /Variables of transaction events/ });
    await user.click(await within(panel).findByRole('button', { name: 'Insert amount' }));
    expect(condition).toHaveValue('amount > 5');
    expect((condition as HTMLTextAreaElement).selectionStart).toBe(6);
    await user.type(within(panel).getByRole('searchbox', { name: 'Filter variables' }), 'kind');
    expect(within(panel).queryByRole('button', { name: 'Insert amount' })).toBeNull();
    await user.click(within(panel).getByRole('button', { name: "Use the example type == 'CARD'" }));
    expect(condition).toHaveValue("type == 'CARD'");
  });

  it('puts the server’s refusal next to its field', async () => {
    const user = userEvent.setup();
    renderForm(() => ({
      errors: [
        {
          message: 'Invalid input: input.code HIGH_AMOUNT is a built-in rule’s code',
          extensions: {
            code: 'BAD_USER_INPUT',
            details: [{ field: 'input.code', message: 'HIGH_AMOUNT is a built-in rule’s code' }],
          },
        },
      ],
    }));
    await user.type(screen.getByLabelText('Code'), 'HIGH_AMOUNT');
    await user.type(screen.getByLabelText('Name'), 'High');
    await user.type(screen.getByLabelText('Condition'), 'amount > 5');
    await screen.findByText('The condition is valid.');
    await user.click(screen.getByRole('button', { name: 'Save custom rule' }));
    expect(await screen.findByText('HIGH_AMOUNT is a built-in rule’s code')).toBeInTheDocument();
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription(
      'UPPER_SNAKE_CASE, unique in the policy. HIGH_AMOUNT is a built-in rule’s code',
    );
  });
});
