/**
 * Shows a message's HTML in the rich editor without ever assigning it as markup to the live page:
 * the HTML is parsed in an inert document (DOMParser runs no scripts and loads nothing), then
 * only allow-listed elements are rebuilt with createElement, text with createTextNode.
 * Attributes are dropped except a link's http(s)/mailto address; images become their alt text,
 * so a message can never make the preview fetch anything.
 */

const KEEP = new Set(["p", "div", "br", "b", "strong", "i", "em", "u", "s", "span", "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "h4", "pre", "code", "table", "tbody", "thead", "tr", "td", "th", "a", "hr", "sub", "sup"]);
/** Dropped with their content: nothing in them is message text. */
const DROP = new Set(["script", "style", "template", "iframe", "object", "embed", "noscript", "svg", "math", "head", "title", "link", "meta"]);
const SAFE_HREF = /^(?:https?:|mailto:)/i;

function copyChildren(doc: Document, from: Node, to: Node): void {
  for (const child of Array.from(from.childNodes)) {
    const copy = copyNode(doc, child);
    if (copy) to.appendChild(copy);
  }
}

function copyNode(doc: Document, node: Node): Node | undefined {
  if (node.nodeType === 3) return doc.createTextNode(node.textContent ?? "");
  if (node.nodeType !== 1) return undefined;
  const source = node as Element;
  const tag = source.tagName.toLowerCase();
  if (DROP.has(tag)) return undefined;
  if (tag === "img") {
    const alt = source.getAttribute("alt");
    return alt ? doc.createTextNode(`[${alt}]`) : undefined;
  }
  if (!KEEP.has(tag)) {
    // Unknown wrappers (font, center, o:p…) keep their text.
    const fragment = doc.createDocumentFragment();
    copyChildren(doc, source, fragment);
    return fragment;
  }
  const copy = doc.createElement(tag);
  const href = tag === "a" ? source.getAttribute("href") : null;
  if (href && SAFE_HREF.test(href.trim())) copy.setAttribute("href", href.trim());
  copyChildren(doc, source, copy);
  return copy;
}

/** Replaces `target`'s children with a safe copy of `html`. */
export function showHtml(target: HTMLElement, html: string): void {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  const fragment = target.ownerDocument.createDocumentFragment();
  copyChildren(target.ownerDocument, parsed.body, fragment);
  target.replaceChildren(fragment);
}
