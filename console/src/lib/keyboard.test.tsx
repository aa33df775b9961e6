// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ignoresShortcut, isOwnedByControl, isTypingTarget } from './keyboard';

function el(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector('[data-t]')!;
}

describe('shortcut guards', () => {
  it.each([
    ['<input data-t type="text">', true],
    ['<input data-t type="number">', true],
    ['<input data-t type="radio">', false],
    ['<input data-t type="checkbox">', false],
    ['<textarea data-t></textarea>', true],
    ['<select data-t></select>', true],
    ['<tr data-t></tr>', false],
    ['<div data-t></div>', false],
  ])('%s is typing: %s', (html, expected) => {
    expect(isTypingTarget(el(html))).toBe(expected);
  });

  it('leaves Enter on a control to that control', () => {
    expect(isOwnedByControl(el('<button data-t>Go</button>'))).toBe(true);
    expect(isOwnedByControl(el('<a href="#" data-t><span>x</span></a>'))).toBe(true);
    expect(isOwnedByControl(el('<div data-t></div>'))).toBe(false);
  });

  it('ignores shortcuts inside a dialog and with modifiers', () => {
    const inDialog = el('<div role="alertdialog"><p data-t>Sure?</p></div>');
    expect(ignoresShortcut(new KeyboardEvent('keydown', { key: 'c' }))).toBe(false);
    const event = new KeyboardEvent('keydown', { key: 'c', bubbles: true });
    let ignored: boolean | null = null;
    inDialog.addEventListener('keydown', (e) => (ignored = ignoresShortcut(e)));
    inDialog.dispatchEvent(event);
    expect(ignored).toBe(true);
    expect(ignoresShortcut(new KeyboardEvent('keydown', { key: 'c', ctrlKey: true }))).toBe(true);
  });
});
