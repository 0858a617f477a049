// Small DOM helpers: elements from a tag, attributes and children, without a framework.

export type Child = Node | string | null | undefined | false;
/** Attributes: a string or number is set as is, true sets an empty attribute, false/null/undefined leave it out. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces an element's content. */
export function replace(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

let counter = 0;
/** A page-unique id, for pairing a <label> or a description with its input. */
export const uid = (prefix: string) => `${prefix}-${++counter}`;

/** A link the console's router handles (no page load). */
export function link(href: string, attrs: Attrs, ...children: (Child | Child[])[]): HTMLAnchorElement {
  return h("a", { ...attrs, href, "data-route": true }, ...children);
}

/** A button of type "button" (never submits its form) that runs `action`. */
export function button(label: string, action: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = h("button", { type: "button", ...attrs }, label);
  b.addEventListener("click", action);
  return b;
}
