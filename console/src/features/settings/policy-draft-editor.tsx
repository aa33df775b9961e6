import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { CaseSettingsForm } from './case-settings-form';
import { failureOf } from './form-status';
import { PolicyDraftRules, type DraftRule } from './policy-draft-rules';
import { toThresholds } from './settings.logic';
import { ThresholdsForm } from './thresholds-form';

// Each edit reads the draft back: who edited it last, and that an approval was withdrawn.
const PolicyDraftEditor_ThresholdsMutation = graphql(`
  mutation PolicyDraftEditor_ThresholdsMutation(
    $draftId: UUID!
    $kind: EventKind!
    $thresholds: ThresholdsInput!
  ) {
    updateDraftThresholds(draftId: $draftId, kind: $kind, thresholds: $thresholds) {
      id
      editedBy
      editedAt
      approvedBy
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

const PolicyDraftEditor_CaseSettingsMutation = graphql(`
  mutation PolicyDraftEditor_CaseSettingsMutation(
    $draftId: UUID!
    $openOnBlock: Boolean
    $slaHours: Int
  ) {
    updateDraftCaseSettings(draftId: $draftId, openOnBlock: $openOnBlock, slaHours: $slaHours) {
      id
      editedBy
      editedAt
      approvedBy
      caseSettings {
        openOnBlock
        slaHours
      }
    }
  }
`);

type Bands = { review?: number | null; challenge?: number | null; block?: number | null };

interface PolicyDraftEditorProps {
  draft: {
    id: string;
    number: number;
    transactionThresholds: Bands;
    accountThresholds: Bands;
    caseSettings: { openOnBlock: boolean; slaHours: number };
    rules: readonly DraftRule[];
    accountRules: readonly DraftRule[];
  };
}

/**
 * A draft's settings, each section saved on its own. Sections are independent so others (custom
 * rules, a backtest) can be added beside them.
 */
export function PolicyDraftEditor({ draft }: PolicyDraftEditorProps) {
  const [, updateThresholds] = useMutation(PolicyDraftEditor_ThresholdsMutation);
  const [, updateCaseSettings] = useMutation(PolicyDraftEditor_CaseSettingsMutation);
  const draftId = draft.id;

  return (
    <div className="settings-stack policy-draft-editor">
      <h3>Edit draft {draft.number}: thresholds, rules, cases</h3>
      <p className="muted">
        Edits apply to this draft only; nothing is scored with it until it is published. An edit
        withdraws an approval.
      </p>
      <div className="grid grid--2">
        <ThresholdsForm
          title="Transactions"
          current={toThresholds(draft.transactionThresholds)}
          onSave={(thresholds) =>
            failureOf(updateThresholds({ draftId, kind: 'TRANSACTION', thresholds }))
          }
        >
          <p className="muted">Payments scored with scoreTransaction.</p>
        </ThresholdsForm>
        <ThresholdsForm
          title="Account events"
          current={toThresholds(draft.accountThresholds)}
          onSave={(thresholds) =>
            failureOf(updateThresholds({ draftId, kind: 'ACCOUNT', thresholds }))
          }
        >
          <p className="muted">Signups, logins, failed logins and password resets.</p>
        </ThresholdsForm>
      </div>
      <PolicyDraftRules draftId={draftId} rules={draft.rules} accountRules={draft.accountRules} />
      <CaseSettingsForm
        current={draft.caseSettings}
        onSave={(settings) => failureOf(updateCaseSettings({ draftId, ...settings }))}
      />
    </div>
  );
}
