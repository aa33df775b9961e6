/** The label form of a case: its choices, their keyboard keys, and when it may be sent. */

export const LABELS = ['TRUE_FRAUD', 'FALSE_POSITIVE', 'SUSPICIOUS', 'LEGITIMATE'] as const;
export type Label = (typeof LABELS)[number];

export const CONFIDENCES = ['CONFIRMED', 'PROBABLE', 'POSSIBLE'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const LABEL_TEXT: Record<Label, string> = {
  TRUE_FRAUD: 'Fraud',
  FALSE_POSITIVE: 'False positive',
  SUSPICIOUS: 'Suspicious',
  LEGITIMATE: 'Legitimate',
};

export interface LabelForm {
  label: Label | null;
  confidence: Confidence;
  note: string;
}

export const EMPTY_FORM: LabelForm = { label: null, confidence: 'CONFIRMED', note: '' };

export const MAX_NOTE = 2000;

/** Keys 1–4 pick a label; anything else is not the form's. */
export function labelForKey(key: string): Label | null {
  const i = Number(key) - 1;
  return Number.isInteger(i) && i >= 0 && i < LABELS.length ? LABELS[i]! : null;
}

/** What stops the form from being sent, or null when it can be. */
export function formProblem(form: LabelForm): string | null {
  if (!form.label) return 'Choose a label (keys 1–4).';
  if (form.note.length > MAX_NOTE)
    return `The note is ${form.note.length - MAX_NOTE} characters too long.`;
  return null;
}
