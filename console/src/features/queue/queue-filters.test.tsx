// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { QueueFilters } from './queue-filters';
import { DEFAULT_FILTER } from './queue.logic';

describe('QueueFilters', () => {
  it('adds a status and a priority', () => {
    const onChange = vi.fn();
    render(<QueueFilters filter={DEFAULT_FILTER} onChange={onChange} />);
    fireEvent.click(screen.getByLabelText('Resolved'));
    expect(onChange).toHaveBeenLastCalledWith({
      ...DEFAULT_FILTER,
      statuses: ['OPEN', 'IN_REVIEW', 'RESOLVED'],
    });
    fireEvent.click(screen.getByLabelText('Critical'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_FILTER, priorities: ['CRITICAL'] });
  });

  it('keeps the last status chosen', () => {
    render(<QueueFilters filter={{ ...DEFAULT_FILTER, statuses: ['OPEN'] }} onChange={vi.fn()} />);
    expect(screen.getByLabelText('Open')).toBeDisabled();
    expect(screen.getByLabelText('In review')).not.toBeDisabled();
  });

  it('takes a minimum score from 0 to 100 and ignores anything else', () => {
    const onChange = vi.fn();
    render(<QueueFilters filter={DEFAULT_FILTER} onChange={onChange} />);
    const input = screen.getByLabelText('Min score');
    fireEvent.change(input, { target: { value: '70' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_FILTER, minScore: 70 });
    onChange.mockClear();
    fireEvent.change(input, { target: { value: '170' } });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('filters on the assignee', () => {
    const onChange = vi.fn();
    render(<QueueFilters filter={DEFAULT_FILTER} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Assignee'), { target: { value: 'ME' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_FILTER, assignee: 'ME' });
  });
});
