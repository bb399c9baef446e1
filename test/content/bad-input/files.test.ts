import { describe, expect, it } from 'vitest';
import { fileCases, problemsFor } from './cases.ts';

describe('bad input: files', () => {
  it.each(fileCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expect(await problemsFor(c)).toEqual(c.expected);
  });
});
