import { describe, expect, it } from 'vitest';
import { csvField, csvFileName, dailyCsv, toCsv } from './csv.logic';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-2,5', `"'-2,5"`],
    ['@cmd', "'@cmd"],
    ['', ''],
  ])('%j → %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it.each([
    [12, '12'],
    [-3.5, '-3.5'],
    [0, '0'],
    [null, ''],
    [undefined, ''],
    [Number.NaN, ''],
  ])('%s → %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('toCsv', () => {
  it('ends every line, the last included, with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x,y'],
          [null, 2],
        ],
      ),
    ).toBe('a,b\r\n1,"x,y"\r\n,2\r\n');
  });
});

describe('dailyCsv', () => {
  it('writes one line per day with decisions, the average score and labels', () => {
    const csv = dailyCsv([
      {
        date: '2026-11-24',
        count: 3,
        allowed: 1,
        reviewed: 1,
        challenged: 0,
        blocked: 1,
        averageScore: 51.666666,
        labels: { trueFraud: 1, falsePositive: 0, suspicious: 2, legitimate: 0 },
      },
      {
        date: '2026-11-25',
        count: 0,
        allowed: 0,
        reviewed: 0,
        challenged: 0,
        blocked: 0,
        averageScore: null,
        labels: { trueFraud: 0, falsePositive: 0, suspicious: 0, legitimate: 0 },
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'date,count,allowed,reviewed,challenged,blocked,average_score,true_fraud_labels,false_positive_labels,suspicious_labels,legitimate_labels',
      '2026-11-24,3,1,1,0,1,51.67,1,0,2,0',
      '2026-11-25,0,0,0,0,0,,0,0,0,0',
      '',
    ]);
  });

  it('names the file after the days shown', () => {
    expect(csvFileName('2026-11-01', '2026-11-25')).toBe(
      'warden-metrics-2026-11-01-2026-11-25.csv',
    );
  });
});
