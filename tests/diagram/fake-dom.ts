/**
 * Just enough of the DOM for D3 to draw the diagram under Vitest's node environment (the
 * project has no jsdom): elements with attributes, children, text, classList, `matches`
 * for `tag.class` selectors, events. Text is stored as text only, like the real DOM, so
 * a value that looks like markup stays a string and never becomes elements.
 */

type Listener = (event: FakeEvent) => void;

/** A dispatched event: what the diagram's handlers read. */
export interface FakeEvent {
  type: string;
  target: FakeElement;
  key?: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

class FakeClassList {
  constructor(private readonly element: FakeElement) {}
  private tokens(): string[] {
    return (this.element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  }
  contains(name: string): boolean {
    return this.tokens().includes(name);
  }
  add(...names: string[]): void {
    const tokens = this.tokens();
    for (const name of names) if (!tokens.includes(name)) tokens.push(name);
    this.element.setAttribute('class', tokens.join(' '));
  }
  remove(...names: string[]): void {
    if (!this.element.hasAttribute('class')) return;
    this.element.setAttribute('class', this.tokens().filter((t) => !names.includes(t)).join(' '));
  }
  toggle(name: string, force?: boolean): boolean {
    const on = force ?? !this.contains(name);
    if (on) this.add(name);
    else this.remove(name);
    return on;
  }
}

/** A fake element (SVG namespace unless told otherwise). */
export class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly children: FakeElement[] = [];
  parentNode: FakeElement | null = null;
  readonly classList = new FakeClassList(this);
  readonly style = new Map<string, string>();
  private text = '';
  private readonly listeners = new Map<string, Listener[]>();
  /** Counts every insertion of this element, to prove updates keep elements in place. */
  insertions = 0;
  /** Position among its parent's children. */
  index = 0;
  __data__?: unknown;

  constructor(
    readonly ownerDocument: FakeDocument,
    readonly tagName: string,
    readonly namespaceURI = 'http://www.w3.org/2000/svg',
  ) {}

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: unknown): void {
    this.attributes.set(name, String(value));
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }
  get firstChild(): FakeElement | null {
    return this.children[0] ?? null;
  }
  get firstElementChild(): FakeElement | null {
    return this.children[0] ?? null;
  }
  get textContent(): string {
    return this.text + this.children.map((c) => c.textContent).join('');
  }
  set textContent(value: string) {
    for (const child of [...this.children]) this.removeChild(child);
    this.text = value == null ? '' : String(value);
  }
  appendChild(child: FakeElement): FakeElement {
    return this.insertBefore(child, null);
  }
  insertBefore(child: FakeElement, next: FakeElement | null): FakeElement {
    if (child.parentNode) child.parentNode.removeChild(child);
    const at = next && next.parentNode === this ? next.index : -1;
    if (at < 0) {
      child.index = this.children.length;
      this.children.push(child);
    } else {
      this.children.splice(at, 0, child);
      this.reindex(at);
    }
    child.parentNode = this;
    child.insertions++;
    return child;
  }
  removeChild(child: FakeElement): FakeElement {
    if (child.parentNode === this) {
      this.children.splice(child.index, 1);
      this.reindex(child.index);
    }
    child.parentNode = null;
    return child;
  }
  /** Keeps each child's position, so D3's `order()` asks in constant time (as a browser answers). */
  private reindex(from: number): void {
    for (let i = from; i < this.children.length; i++) this.children[i].index = i;
  }
  remove(): void {
    this.parentNode?.removeChild(this);
  }
  /** `tag`, `.class`, `tag.class` (one class), or `*`. */
  matches(selector: string): boolean {
    if (selector === '*') return true;
    const [tag, cls] = selector.split('.');
    return (!tag || tag === this.tagName) && (!cls || this.classList.contains(cls));
  }
  /** D3's `order()` only asks whether `other` follows this sibling. */
  compareDocumentPosition(other: FakeElement): number {
    return other.index > this.index ? 4 : 2;
  }
  querySelectorAll(selector: string): FakeElement[] {
    const found: FakeElement[] = [];
    const walk = (node: FakeElement) => {
      for (const child of node.children) {
        if (child.matches(selector)) found.push(child);
        walk(child);
      }
    };
    walk(this);
    return found;
  }
  querySelector(selector: string): FakeElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  removeEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, (this.listeners.get(type) ?? []).filter((l) => l !== listener));
  }
  /** Dispatches an event that bubbles from this element up to the root. */
  dispatch(type: string, extra: { key?: string } = {}): FakeEvent {
    const event: FakeEvent = { type, target: this, ...extra, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    for (let node: FakeElement | null = this; node; node = node.parentNode) for (const l of node.listeners.get(type) ?? []) l.call(node, event);
    return event;
  }
  /** Every element below this one, depth first. */
  descendants(): FakeElement[] {
    return this.children.flatMap((c) => [c, ...c.descendants()]);
  }
  /** A stable text form of the subtree: attributes sorted, class names sorted (less `ignore`), an empty class left out. */
  serialize(ignore: string[] = []): string {
    const attrs = [...this.attributes]
      .map(([k, v]) => [k, k === 'class' ? v.split(/\s+/).filter((c) => c && !ignore.includes(c)).sort().join(' ') : v])
      .filter(([k, v]) => k !== 'class' || v !== '')
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('');
    return `<${this.tagName}${attrs}>${this.text}${this.children.map((c) => c.serialize(ignore)).join('')}</${this.tagName}>`;
  }
}

/** The document the fake elements belong to. */
export class FakeDocument {
  readonly documentElement: FakeElement;
  readonly defaultView = { getComputedStyle: () => ({ getPropertyValue: () => '' }) };
  constructor() {
    this.documentElement = new FakeElement(this, 'html', 'http://www.w3.org/1999/xhtml');
  }
  createElementNS(namespace: string, name: string): FakeElement {
    return new FakeElement(this, name, namespace);
  }
  createElement(name: string): FakeElement {
    return new FakeElement(this, name, 'http://www.w3.org/1999/xhtml');
  }
}

/** A fresh `<svg>` to draw into, typed as the real thing for `drawDiagram`. */
export function fakeSvg(): { svg: SVGSVGElement; root: FakeElement } {
  const root = new FakeDocument().createElementNS('http://www.w3.org/2000/svg', 'svg');
  return { svg: root as unknown as SVGSVGElement, root };
}
