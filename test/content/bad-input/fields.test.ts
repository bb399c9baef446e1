import { describe, expect, it } from 'vitest';
import { problemsAfter, replace } from '../../helpers/content-root.ts';
import { fieldCases, PETITION, problemsFor } from './cases.ts';

describe('bad input: fields', () => {
  it.each(fieldCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expect(await problemsFor(c)).toEqual(c.expected);
  });

  it('accepts a "<" that is not a tag in a one-line field', async () => {
    expect(await problemsAfter({ [PETITION]: replace('title: Đề nghị hướng dẫn thủ tục cấp phép xây dựng nhà xưởng', 'title: "Đề nghị hỗ trợ doanh nghiệp vốn <10 tỷ đồng, lãi suất < 5%"') })).toEqual([]);
  });
});
