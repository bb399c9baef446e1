import { describe, expect, it } from 'vitest';
import { referenceCases, problemsFor } from './cases.ts';

describe('bad input: references', () => {
  it.each(referenceCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expect(await problemsFor(c)).toEqual(c.expected);
  });
});
