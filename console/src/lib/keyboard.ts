/** When page-wide shortcuts (j/k, 1–4, c, Esc) must stay out of the way. */

const NON_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
]);

/** Whether a key press goes into a text field (so a letter or digit is text, not a shortcut). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    target.isContentEditable === true
  );
}

/** Whether the key press belongs to a control or a dialog (Enter on a button is that button's). */
export function isOwnedByControl(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  return (
    target.closest('a, button, input, select, textarea, [role=dialog], [role=alertdialog]') !== null
  );
}

/** Whether a shortcut should ignore this key event (typing, modifiers, already handled). */
export function ignoresShortcut(event: KeyboardEvent): boolean {
  return (
    event.defaultPrevented ||
    event.metaKey ||
    event.ctrlKey ||
    event.altKey ||
    isTypingTarget(event.target) ||
    (event.target instanceof Element &&
      event.target.closest('[role=dialog], [role=alertdialog]') !== null)
  );
}
