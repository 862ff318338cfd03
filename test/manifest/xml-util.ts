/** Small DOM helpers over @xmldom/xmldom, matching elements by local name so prefixes do not matter. */
import { DOMParser, type Document, type Element, type Node } from "@xmldom/xmldom";

const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const ELEMENT_NODE = 1;

export interface ParsedXml {
  doc?: Document;
  errors: string[];
}

/** Parses XML and turns every warning, error and fatal error into a sentence instead of a silently repaired tree. */
export function parseXml(text: string): ParsedXml {
  const errors: string[] = [];
  let doc: Document | undefined;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        // Warnings are reported too: xmldom only warns about things such as unquoted attribute
        // values, which it repairs but Office's strict parser rejects.
        const kind = { warning: "an XML warning", error: "an XML error", fatalError: "a fatal XML error" }[level];
        errors.push(`The manifest is not well-formed XML: ${kind}: ${message.replace(/\s+/g, " ").trim()}`);
      },
    }).parseFromString(text, "text/xml");
  } catch (error) {
    // A fatal error is reported to onError first and then thrown; only add what was not reported.
    if (errors.length === 0) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push(`The manifest is not well-formed XML: ${message}`);
    }
    doc = undefined;
  }
  return { doc, errors };
}

function isElement(node: Node | null): node is Element {
  return node !== null && node.nodeType === ELEMENT_NODE;
}

export function childElements(el: Element, localName?: string): Element[] {
  const out: Element[] = [];
  for (let node = el.firstChild; node !== null; node = node.nextSibling) {
    if (isElement(node) && (localName === undefined || node.localName === localName)) out.push(node);
  }
  return out;
}

export function firstChild(el: Element, localName: string): Element | undefined {
  return childElements(el, localName)[0];
}

/** Every descendant element (document order) with the given local name. */
export function descendants(root: Element, localName: string): Element[] {
  const out: Element[] = [];
  const walk = (el: Element): void => {
    for (const child of childElements(el)) {
      if (child.localName === localName) out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

export function nearestAncestor(el: Element, localName: string): Element | undefined {
  for (let node = el.parentNode; node !== null; node = node.parentNode) {
    if (isElement(node) && node.localName === localName) return node;
  }
  return undefined;
}

export function parentElement(el: Element): Element | undefined {
  return isElement(el.parentNode) ? el.parentNode : undefined;
}

export function xsiType(el: Element): string {
  return el.getAttributeNS(XSI, "type") ?? "";
}

/** `<bt:String id="GroupLabel">`-style label for messages, so a reader can find the element. */
export function describe(el: Element): string {
  const id = el.getAttribute("id");
  const type = xsiType(el);
  const attrs = [id ? ` id="${id}"` : "", type ? ` xsi:type="${type}"` : ""].join("");
  return `<${el.nodeName}${attrs}>`;
}
