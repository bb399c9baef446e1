import { describe, expect, it } from 'vitest';
import { attachmentCases, problemsFor } from './cases.ts';

describe('bad input: attachments', () => {
  it.each(attachmentCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expect(await problemsFor(c)).toEqual(c.expected);
  });
});
