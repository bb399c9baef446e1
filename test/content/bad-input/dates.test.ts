import { describe, expect, it } from 'vitest';
import { dateCases, problemsFor } from './cases.ts';

describe('bad input: dates', () => {
  it.each(dateCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expect(await problemsFor(c)).toEqual(c.expected);
  });
});
