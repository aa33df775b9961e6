/** Colour of a 0–100 risk score: green below 40, amber below 70, orange below 85, red above. */
export function scoreTone(score: number): 'low' | 'medium' | 'high' | 'critical' {
  if (score < 40) return 'low';
  if (score < 70) return 'medium';
  if (score < 85) return 'high';
  return 'critical';
}

const TONE_COLOUR = { low: '#15803d', medium: '#ca8a04', high: '#ea580c', critical: '#b91c1c' };

interface ScoreGaugeProps {
  /** 0–100. */
  score: number;
  /** Pixel width; the gauge is half as tall plus the label. Default 160. */
  size?: number;
  /** Shown under the number, e.g. the decision. */
  caption?: string;
}

/** A half-circle gauge of a risk score, labelled for screen readers. */
export function ScoreGauge({ score, size = 160, caption }: ScoreGaugeProps) {
  const clamped = Math.max(0, Math.min(100, score));
  const r = 42;
  const length = Math.PI * r;
  const colour = TONE_COLOUR[scoreTone(clamped)];
  return (
    <figure className="gauge" style={{ width: size }} aria-label={`Risk score ${clamped} of 100`}>
      <svg viewBox="0 0 100 56" width={size} height={size * 0.56} aria-hidden="true">
        <path
          d="M 8 50 A 42 42 0 0 1 92 50"
          fill="none"
          stroke="#e5e7eb"
          strokeWidth="9"
          strokeLinecap="round"
        />
        <path
          d="M 8 50 A 42 42 0 0 1 92 50"
          fill="none"
          stroke={colour}
          strokeWidth="9"
          strokeLinecap="round"
          strokeDasharray={`${(clamped / 100) * length} ${length}`}
        />
        <text x="50" y="47" textAnchor="middle" fontSize="22" fontWeight="700" fill="#18202c">
          {clamped}
        </text>
      </svg>
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
