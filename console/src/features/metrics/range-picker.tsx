import { useId, useState, type FormEvent } from 'react';
import { PRESETS, presetRange, validateRange, type DateRange, type Preset } from './range.logic';

interface RangePickerProps {
  value: DateRange;
  /** Today's UTC day (YYYY-MM-DD): where the presets end. */
  today: string;
  /** Called with a valid range only. */
  onChange: (range: DateRange) => void;
}

const PRESET_LABELS: Record<Preset, string> = {
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
};

/** Quick ranges and custom UTC dates (both included); invalid dates say why and go nowhere. */
export function RangePicker({ value, today, onChange }: RangePickerProps) {
  return (
    <div className="toolbar range-picker">
      <div className="range-picker__presets" role="group" aria-label="Quick ranges">
        {(Object.keys(PRESETS) as Preset[]).map((p) => (
          <button
            key={p}
            type="button"
            className="button"
            aria-pressed={value.preset === p}
            onClick={() => onChange(presetRange(p, today))}
          >
            {PRESET_LABELS[p]}
          </button>
        ))}
      </div>
      {/* Remounted when the range changes elsewhere, so the inputs show it. */}
      <CustomRange key={`${value.from}/${value.to}`} value={value} onChange={onChange} />
    </div>
  );
}

function CustomRange({ value, onChange }: Omit<RangePickerProps, 'today'>) {
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const invalid = validateRange(from, to);
    setProblem(invalid);
    if (!invalid) onChange({ from, to, preset: null });
  };
  const described = problem ? errorId : undefined;
  return (
    <form className="range-picker__custom" onSubmit={submit} aria-label="Custom range" noValidate>
      <label className="field">
        From
        <input
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={described}
          required
        />
      </label>
      <label className="field">
        To (included)
        <input
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={described}
          required
        />
      </label>
      <button type="submit" className="button">
        Apply
      </button>
      {problem ? (
        <p id={errorId} className="field__error range-picker__error" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
