// Tiny DOM helpers: every piece of user text goes in as a text node, never as HTML.
const SVG_NS = "http://www.w3.org/2000/svg";

/** Creates an element: h("p", { class: "x", onclick: fn }, "text", child). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  return fill(el, attrs, children);
}

/** Creates an SVG element the same way. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  return fill(el, attrs, children);
}

function fill(el, attrs, children) {
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
      else if (k === "dataset") Object.assign(el.dataset, v);
      else if (k === "text") el.textContent = v;
      else el.setAttribute(k, v === true ? "" : String(v));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

/** Removes every child of `el` and appends the given ones. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Formats a number with grouping. */
export const fmt = (n, digits = 0) =>
  typeof n === "number" && Number.isFinite(n)
    ? n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : "–";

/** Formats a 0..1 share as a percentage. */
export const pct = (x, digits = 0) => (typeof x === "number" && Number.isFinite(x) ? `${(x * 100).toFixed(digits)}%` : "–");

/** Safe array access for engine output whose shape may change. */
export const arr = (x) => (Array.isArray(x) ? x : []);

/** A span list as the engine sends it (a Uint32Array of [start, end] pairs) as Span objects. */
export function spans(list, max = Infinity) {
  if (!ArrayBuffer.isView(list)) return arr(list);
  const out = [];
  for (let i = 0; i + 1 < list.length && out.length < max; i += 2) out.push({ start: list[i], end: list[i + 1] });
  return out;
}

/** How many spans a span list holds. */
export const spanCount = (list) => (ArrayBuffer.isView(list) ? list.length >> 1 : arr(list).length);

/** Speaker colour slot (0..7) for a speaker index; -1 for unattributed. */
export const speakerSlot = (i) => (i === null || i === undefined || i < 0 ? "none" : String(i % 8));

/** A visually hidden text for screen readers. */
export const sr = (text) => h("span", { class: "visually-hidden" }, text);

/** Bytes as KB/MB. */
export function size(chars) {
  if (chars < 1000) return `${chars} characters`;
  if (chars < 1e6) return `${(chars / 1000).toFixed(1)} k characters`;
  return `${(chars / 1e6).toFixed(1)} M characters`;
}
