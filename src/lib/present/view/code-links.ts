/**
 * Petition codes in a document's rendered Markdown (a conclusion, minutes, a report) become links to
 * their petitions: "KN-2026-03" anywhere in text, except inside a link, code or a heading's anchor.
 * A code the site has no petition for is left as written.
 */
import { NodeType, parse, TextNode, type HTMLElement, type Node } from 'node-html-parser';

const CODE = /\bKN-\d{4}-\d{2,}\b/g;
const SKIP = new Set(['a', 'code', 'pre', 'script', 'style']);

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The HTML with every known petition code linked; `except` (the page's own petition) left as text. */
export function linkPetitionCodes(html: string, hrefOf: (code: string) => string | undefined, except?: string): string {
  if (!CODE.test(html)) return html;
  CODE.lastIndex = 0;
  const root = parse(html);
  const visit = (node: Node) => {
    if (node.nodeType === NodeType.ELEMENT_NODE) {
      if (SKIP.has((node as HTMLElement).tagName?.toLowerCase() ?? '')) return;
      for (const child of [...node.childNodes]) visit(child);
      return;
    }
    if (node.nodeType !== NodeType.TEXT_NODE) return;
    const text = node as TextNode;
    const raw = text.rawText;
    let changed = false;
    const out = raw.replace(CODE, (code) => {
      const href = code === except ? undefined : hrefOf(code);
      if (!href) return code;
      changed = true;
      return `<a class="code-link" href="${escapeHtml(href)}">${code}</a>`;
    });
    if (changed) node.parentNode?.exchangeChild(node, parse(out));
  };
  visit(root);
  return root.toString();
}
