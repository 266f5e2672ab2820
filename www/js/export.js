// Downloads built in the page: Blob + a[download]. Nothing is sent anywhere.
import { arr } from "./dom.js";
import { decidedBy, validCorrections } from "./corrections.js";

/** The byte-order mark that CSV files start with: without it Excel reads UTF-8 as a legacy code page and mangles curly quotes. */
export const BOM = "\uFEFF";

/** Triggers a download of `content` (a string or a Blob) as `filename`; CSV gets its byte-order mark. */
export function download(filename, content, type) {
  const csv = /^text\/csv/.test(type);
  if (csv && typeof content === "string" && !content.startsWith(BOM)) content = BOM + content;
  const blob = content instanceof Blob ? content : new Blob([content], { type: csv ? "text/csv;charset=utf-8" : type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** One CSV cell: quoted, and defused against spreadsheet formula injection. */
function cell(v) {
  let t = v === null || v === undefined ? "" : String(v);
  if (/^[=+\-@\t\r]/.test(t)) t = "'" + t;
  return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}
const row = (cells) => cells.map(cell).join(",");

/** The full analysis as JSON. */
export function analysisJson({ version, articles, results, comparison }) {
  return JSON.stringify(
    {
      generator: "Lede",
      engineVersion: version ?? null,
      exportedAt: new Date().toISOString(),
      articles: articles.map((a, i) => ({ id: a.id, title: a.title, text: a.text, analysis: results[i] ?? null })),
      comparison: comparison ?? null,
    },
    // Span lists (sentences, occurrences, mentions) stay flat [start, end, …] arrays, as in the API.
    (_key, value) => (ArrayBuffer.isView(value) ? Array.from(value) : value),
    2,
  );
}

/** Terms of every article as CSV. */
export function termsCsv(articles, results) {
  const lines = [row(["article", "title", "kind", "rank", "term", "norm", "count", "per_thousand"])];
  articles.forEach((a, i) => {
    const t = results[i]?.terms ?? {};
    for (const kind of ["words", "phrases", "names"]) {
      arr(t[kind]).forEach((term, r) => lines.push(row([i + 1, a.title, kind, r + 1, term.term, term.norm, term.count, term.perThousand])));
    }
  });
  return lines.join("\r\n") + "\r\n";
}

/** Quotes of every article as CSV; `decided_by` says whose the speaker and kind are: "Lede" or the "reader" (a correction). */
export function quotesCsv(articles, results) {
  const lines = [row(["article", "title", "index", "kind", "speaker", "cue", "rule", "words", "start", "end", "text", "decided_by"])];
  articles.forEach((a, i) => {
    arr(results[i]?.quotes).forEach((q, k) => {
      const cue = q.cue?.span ? a.text.slice(q.cue.span.start, q.cue.span.end) : "";
      lines.push(row([i + 1, a.title, k, q.kind, q.speaker ?? "", cue, q.rule ?? "", q.words, q.span?.start, q.span?.end, q.text, decidedBy(results[i], k)]));
    });
  });
  return lines.join("\r\n") + "\r\n";
}

/** A file name made of `parts`, safe on every system. */
export const fileName = (...parts) => parts.filter(Boolean).join("-").replace(/[\\/:*?"<>|\x00-\x1f\s]+/g, "_").slice(0, 120);

/** A table ({ columns, rows }) as CSV. */
export function tableCsv({ columns, rows }) {
  return [row(columns), ...rows.map(row)].join("\r\n") + "\r\n";
}

/** A table as JSON: one object per row, keyed by column. */
export function tableJson({ title, columns, rows }) {
  return JSON.stringify({ generator: "Lede", table: title ?? null, rows: rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? null]))) }, null, 2);
}

// ---- charts ---------------------------------------------------------------------------

/** Style properties an exported chart carries inline: outside the page its CSS classes mean nothing. */
const CHART_STYLE = ["fill", "fill-opacity", "stroke", "stroke-width", "opacity", "font-family", "font-size", "font-weight", "text-anchor"];

/** A chart's SVG as a file of its own: computed styles inline, the page's background behind it. */
export function svgMarkup(svg) {
  const clone = svg.cloneNode(true);
  const from = [svg, ...svg.querySelectorAll("*")], to = [clone, ...clone.querySelectorAll("*")];
  from.forEach((el, i) => {
    const cs = getComputedStyle(el);
    to[i].removeAttribute("class");
    // presentation attributes, not a style attribute: the page's Content-Security-Policy refuses inline styles
    for (const k of CHART_STYLE) { const v = cs.getPropertyValue(k); if (v) to[i].setAttribute(k, v); }
  });
  const [, , w, hgt] = (svg.getAttribute("viewBox") ?? "0 0 600 400").split(/\s+/).map(Number);
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(w));
  clone.setAttribute("height", String(hgt));
  const bg = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", getComputedStyle(document.body).backgroundColor);
  clone.insertBefore(bg, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

/** The chart as a PNG at `scale` times its size. */
export async function svgPng(svg, scale = 2) {
  const markup = svgMarkup(svg);
  const [, , w, hgt] = (svg.getAttribute("viewBox") ?? "0 0 600 400").split(/\s+/).map(Number);
  const url = URL.createObjectURL(new Blob([markup], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(w * scale);
    canvas.height = Math.ceil(hgt * scale);
    canvas.getContext("2d").drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error("the chart could not be drawn as PNG"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

// ---- the session ----------------------------------------------------------------------

/** The session file's format name and version: a file of another format or a later version is refused. */
export const SESSION_FORMAT = "lede-session";
export const SESSION_VERSION = 1;

/** The whole session (articles, titles, the reader's corrections, settings) as one JSON file the page opens again. */
export function sessionJson({ version, articles, settings }) {
  return JSON.stringify({
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    generator: "Lede",
    engineVersion: version ?? null,
    exportedAt: new Date().toISOString(),
    articles: articles.map((a) => ({ title: String(a.title ?? ""), text: String(a.text ?? ""), ...(arr(a.corrections).length ? { corrections: a.corrections } : {}) })),
    settings: settings ?? {},
  }, null, 2);
}

/** Reads a session file; throws an Error saying what is wrong with it. */
export function readSession(json) {
  let data;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new Error(`the file is not JSON (${e.message})`);
  }
  if (!data || typeof data !== "object" || data.format !== SESSION_FORMAT) throw new Error("the file is not a Lede session (saved with “Save session”)");
  if (typeof data.version !== "number" || data.version > SESSION_VERSION) throw new Error(`the session is of version ${data.version}; this page reads version ${SESSION_VERSION}`);
  if (!Array.isArray(data.articles) || data.articles.some((a) => !a || typeof a.text !== "string")) throw new Error("the session's articles are not a list of texts");
  return {
    articles: data.articles.map((a) => ({ title: typeof a.title === "string" ? a.title : "", text: a.text, ...(Array.isArray(a.corrections) ? { corrections: validCorrections(a.corrections) } : {}) })),
    settings: data.settings && typeof data.settings === "object" ? data.settings : {},
  };
}
