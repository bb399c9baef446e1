/**
 * What Windows and macOS editors save is accepted and normalised, not refused: a byte-order mark,
 * CRLF line ends, decomposed (NFD) Vietnamese, Notepad's UTF-16. Line numbers in messages stay right.
 */
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadContentRoot } from '../../../src/lib/ingest/root/load.ts';
import { fixtureText, makeContentRoot, problemsAfter } from '../../helpers/content-root.ts';
import { MEETING, PETITION } from './cases.ts';

async function loaded(changes: Parameters<typeof makeContentRoot>[0]) {
  const root = await makeContentRoot(changes);
  try {
    return await loadContentRoot(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function petitionOf(content: Awaited<ReturnType<typeof loaded>>) {
  return content.entries.find((e) => e.file === PETITION)!;
}

const TITLE = 'Đề nghị hướng dẫn thủ tục cấp phép xây dựng nhà xưởng';

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

describe('files as Windows and macOS save them', () => {
  it('accepts a byte-order mark and drops it', async () => {
    const content = await loaded({ [PETITION]: `\uFEFF${fixtureText(PETITION)}`, [MEETING]: `\uFEFF${fixtureText(MEETING)}` });
    expect(content.problems).toEqual([]);
    expect(petitionOf(content).data.meeting).toBe('2026-quy-ii');
  });

  it('accepts CRLF line ends, and reports the same lines as for LF', async () => {
    const content = await loaded({ [PETITION]: fixtureText(PETITION).replace(/\n/g, '\r\n') });
    expect(content.problems).toEqual([]);
    expect(petitionOf(content).body).toBe('Công ty đề nghị được hướng dẫn thủ tục cấp phép xây dựng nhà xưởng.\n');
    const crlf = (text: string) => text.replace('received: 2026-04-10', 'received: 2026-02-30').replace(/\n/g, '\r\n');
    expect(await problemsAfter({ [PETITION]: crlf })).toEqual([
      'kien-nghi/kn-2026-01.md, dòng 9, trường "received" (Ngày tiếp nhận): "2026-02-30" không phải ngày có thật. Sửa thành một ngày có thật, dạng YYYY-MM-DD.',
    ]);
  });

  it('turns decomposed (NFD) text into NFC, keys and values alike', async () => {
    const content = await loaded({ [PETITION]: fixtureText(PETITION).normalize('NFD') });
    expect(content.problems).toEqual([]);
    const petition = petitionOf(content);
    expect(petition.data.title).toBe(TITLE);
    expect(petition.data.title).not.toBe(TITLE.normalize('NFD'));
    expect(petition.body).toBe(petition.body!.normalize('NFC'));
  });

  it('accepts UTF-16 with its byte-order mark (Notepad\'s "Unicode")', async () => {
    const content = await loaded({ [PETITION]: utf16le(fixtureText(PETITION)) });
    expect(content.problems).toEqual([]);
    expect(petitionOf(content).data.title).toBe(TITLE);
  });

  it('refuses UTF-16 without a byte-order mark, which cannot be told from binary', async () => {
    expect(await problemsAfter({ [PETITION]: utf16le(fixtureText(PETITION)).subarray(2) })).toEqual([
      'kien-nghi/kn-2026-01.md: tệp không phải văn bản UTF-8. Lưu lại tệp với bảng mã UTF-8.',
    ]);
  });
});
