import { useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/ui/states';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { ApprovalNotice } from './approval-notice';
import { CaseSettingsForm } from './case-settings-form';
import { CurrencyForm } from './currency-form';
import { failureOf } from './form-status';
import { POLICY_TYPENAMES } from './policy.logic';
import { toThresholds } from './settings.logic';
import { ThresholdsForm } from './thresholds-form';

const SettingsScoringTabQuery = graphql(`
  query SettingsScoringTabQuery {
    scoringPolicy {
      baseCurrency
      currencyRates
      transactionThresholds {
        review
        challenge
        block
      }
      accountThresholds {
        review
        challenge
        block
      }
      caseSettings {
        openOnBlock
        slaHours
      }
    }
  }
`);

// Each mutation reads back the part it changed: the document cache then refetches the policy.
const ScoringTab_UpdateThresholdsMutation = graphql(`
  mutation ScoringTab_UpdateThresholdsMutation($kind: EventKind!, $thresholds: ThresholdsInput!) {
    updateThresholds(kind: $kind, thresholds: $thresholds) {
      transactionThresholds {
        review
        challenge
        block
      }
      accountThresholds {
        review
        challenge
        block
      }
    }
  }
`);

const ScoringTab_UpdateCaseSettingsMutation = graphql(`
  mutation ScoringTab_UpdateCaseSettingsMutation($openOnBlock: Boolean, $slaHours: Int) {
    updateCaseSettings(openOnBlock: $openOnBlock, slaHours: $slaHours) {
      caseSettings {
        openOnBlock
        slaHours
      }
    }
  }
`);

const ScoringTab_UpdateCurrencySettingsMutation = graphql(`
  mutation ScoringTab_UpdateCurrencySettingsMutation($baseCurrency: String!, $rates: JSON!) {
    updateCurrencySettings(baseCurrency: $baseCurrency, rates: $rates) {
      baseCurrency
      currencyRates
    }
  }
`);

/** Score bands per event kind, case settings and currency. */
export function ScoringTab() {
  // A version published on the Policy tab changes what LIVE scores with: follow it.
  const context = useMemo(() => POLICY_TYPENAMES, []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SettingsScoringTabQuery,
    context,
  });
  const [, updateThresholds] = useMutation(ScoringTab_UpdateThresholdsMutation);
  const [, updateCaseSettings] = useMutation(ScoringTab_UpdateCaseSettingsMutation);
  const [, updateCurrency] = useMutation(ScoringTab_UpdateCurrencySettingsMutation);

  if (!data) {
    return error ? (
      <ErrorState
        message={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    ) : (
      <Loading label={fetching ? 'Loading the scoring policy…' : undefined} />
    );
  }
  const policy = data.scoringPolicy;

  return (
    <div className="settings-stack">
      <ApprovalNotice />
      <div className="grid grid--2">
        <ThresholdsForm
          title="Transactions"
          current={toThresholds(policy.transactionThresholds)}
          onSave={(thresholds) => failureOf(updateThresholds({ kind: 'TRANSACTION', thresholds }))}
        >
          <p className="muted">Payments scored with scoreTransaction.</p>
        </ThresholdsForm>
        <ThresholdsForm
          title="Account events"
          current={toThresholds(policy.accountThresholds)}
          onSave={(thresholds) => failureOf(updateThresholds({ kind: 'ACCOUNT', thresholds }))}
        >
          <p className="muted">Signups, logins, failed logins and password resets.</p>
        </ThresholdsForm>
      </div>
      <div className="grid grid--2">
        <CaseSettingsForm
          current={policy.caseSettings}
          onSave={(settings) => failureOf(updateCaseSettings(settings))}
        />
        <CurrencyForm
          currentBase={policy.baseCurrency}
          currentRates={policy.currencyRates}
          onSave={(settings) => failureOf(updateCurrency(settings))}
        />
      </div>
    </div>
  );
}
