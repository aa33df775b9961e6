import { formatNumber, humanize } from '../../lib/format';

interface CheckFactsProps {
  /** The four summary checks (`Transaction.checks`). */
  checks: {
    amount: { passed: boolean; vsAverage?: number | null };
    device: { passed: boolean; isTrusted: boolean };
    recipient: { passed: boolean; isKnown: boolean; trustLevel: string };
    velocity: { passed: boolean; dailyCount: number; dailyLimit: number };
  };
}

function Verdict({ passed }: { passed: boolean }) {
  return (
    <span className={`badge tx-verdict tx-verdict--${passed ? 'pass' : 'flag'}`}>
      {passed ? 'Pass' : 'Flag'}
    </span>
  );
}

/** Amount, device, recipient and velocity at a glance, each passed or flagged. */
export function CheckFacts({ checks }: CheckFactsProps) {
  const { amount, device, recipient, velocity } = checks;
  return (
    <dl className="facts">
      <dt>Amount</dt>
      <dd>
        <Verdict passed={amount.passed} />{' '}
        {amount.vsAverage == null
          ? 'no average to compare with yet'
          : `${formatNumber(amount.vsAverage, 1)} × the customer's average`}
      </dd>
      <dt>Device</dt>
      <dd>
        <Verdict passed={device.passed} /> {device.isTrusted ? 'trusted' : 'not trusted'}
      </dd>
      <dt>Recipient</dt>
      <dd>
        <Verdict passed={recipient.passed} /> {recipient.isKnown ? 'known' : 'new'}, trust{' '}
        {humanize(recipient.trustLevel).toLowerCase()}
      </dd>
      <dt>Velocity</dt>
      <dd>
        <Verdict passed={velocity.passed} /> {formatNumber(velocity.dailyCount)} of{' '}
        {formatNumber(velocity.dailyLimit)} allowed in 24 h
      </dd>
    </dl>
  );
}
