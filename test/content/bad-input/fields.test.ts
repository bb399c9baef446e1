import { describe, expect, it } from 'vitest';
import { fieldCases, problemsFor } from './cases.ts';

describe('bad input: fields', () => {
  it.each(fieldCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expect(await problemsFor(c)).toEqual(c.expected);
  });
});
