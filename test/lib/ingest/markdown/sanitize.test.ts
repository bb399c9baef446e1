import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { needsCleaning, sanitizeHtml, sanitizeRendered } from '../../../../src/lib/ingest/markdown/sanitize.ts';

/** Renders as Astro 7's engine does (raw HTML passes through), then sanitises. */
async function safe(markdown: string): Promise<string> {
  const { html } = await markdownToHtml(markdown, { features: { gfm: true } });
  return sanitizeRendered(markdown, html);
}

describe('Markdown from editors', () => {
  it('really passes raw HTML through without the sanitiser (why it exists)', async () => {
    const { html } = await markdownToHtml('Xin <script>alert(1)</script> chào', { features: { gfm: true } });
    expect(html).toContain('<script>');
  });

  it.each([
    ['a script element, with its content', 'Xin <script>alert("xss")</script> chào', /<script|alert/],
    ['a script block', '<script>\nalert("xss")\n</script>\n\nĐoạn sau.', /<script|alert/],
    ['an event handler', 'Ảnh <img src="x.png" onerror="alert(1)"> đây', /onerror|alert/],
    ['an event handler in another case', '<p ONCLICK="alert(1)">bấm</p>', /onclick|alert/i],
    ['a javascript: link', '[Bấm vào đây](javascript:alert(1))', /javascript:|alert/i],
    ['a javascript: link in mixed case', '<a href="JaVaScRiPt:alert(1)">x</a>', /javascript:|alert/i],
    ['a javascript: link hidden behind an entity', '[x](jav&#x61;script:alert(1))', /javascript:|alert/i],
    ['a javascript: link by reference', '[x][a]\n\n[a]: javascript:alert(1)', /javascript:|alert/i],
    ['a javascript: autolink, with its text', 'Xem <javascript:alert(1)> đây', /href|javascript|alert/i],
    ['a data: URL', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', /data:/],
    ['an iframe', '<iframe src="https://example.com"></iframe>', /iframe/],
    ['a style element, with its content', '<style>body{display:none}</style>Chữ', /style|display/],
    ['a style attribute', '<span style="position:fixed">x</span>', /style=/],
    ['a form', '<form action="https://example.com"><button>Gửi</button></form>', /<form|action=|<button/],
    ['an SVG with a script', '<svg><script>alert(1)</script></svg>', /svg|script|alert/],
    ['an object', '<object data="x.swf"></object>', /object/],
  ])('removes %s', async (_name, markdown, forbidden) => {
    expect(await safe(markdown)).not.toMatch(forbidden);
  });

  it('keeps the text of a link that lost only an unsafe address', () => {
    expect(sanitizeHtml('<p><a href="javascript:x()">Tải mẫu</a> <a name="muc">Mục</a></p>')).toBe(
      '<p><a>Tải mẫu</a> <a name="muc">Mục</a></p>',
    );
  });

  it('keeps heading ids as Astro writes them, without a prefix, so links to headings work', () => {
    expect(sanitizeHtml('<h2 id="tra-loi">Trả lời</h2>')).toBe('<h2 id="tra-loi">Trả lời</h2>');
  });

  it('keeps what editors write: headings, emphasis, lists, tables, links, line breaks', async () => {
    const markdown =
      '## Trả lời\n\nCăn cứ **Luật Đất đai** và *Nghị định 102/2024/NĐ-CP*:\n\n- mục một\n- mục hai\n\n| Cột | Giá trị |\n|---|---|\n| a | 1 |\n\nXem [Cổng](https://haiphong.gov.vn/) hoặc [thư](mailto:vanphong@haiphong.gov.vn), [mẫu](../tep/mau.pdf).';
    const html = await safe(markdown);
    expect(html).toContain('<h2>Trả lời</h2>');
    expect(html).toContain('<strong>Luật Đất đai</strong>');
    expect(html).toContain('<em>Nghị định 102/2024/NĐ-CP</em>');
    expect(html).toContain('<li>mục hai</li>');
    expect(html).toContain('<td>a</td>');
    expect(html).toContain('<a href="https://haiphong.gov.vn/">Cổng</a>');
    expect(html).toContain('<a href="mailto:vanphong@haiphong.gov.vn">thư</a>');
    expect(html).toContain('<a href="../tep/mau.pdf">mẫu</a>');
  });

  it('gives the same HTML through the parse as without it, for plain Markdown', async () => {
    const markdown = '## Nội dung\n\nĐoạn một, **đậm**.\n\n1. một\n2. hai\n';
    const { html } = await markdownToHtml(markdown, { features: { gfm: true } });
    expect(sanitizeHtml(html)).toBe(html);
  });

  it('skips the parse only when the source cannot hold HTML, an entity or a link', () => {
    expect(needsCleaning('Công ty đề nghị: hướng dẫn (sớm) thủ tục.\n\n- một\n- hai')).toBe(false);
    expect(needsCleaning('a <b>')).toBe(true);
    expect(needsCleaning('a &amp; b')).toBe(true);
    expect(needsCleaning('[x](y)')).toBe(true);
    expect(needsCleaning('[x] (y)')).toBe(true);
    expect(needsCleaning('[a]: javascript:x')).toBe(true);
  });
});
