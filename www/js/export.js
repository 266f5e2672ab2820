// Downloads built in the page: Blob + a[download]. Nothing is sent anywhere.
import { arr } from "./dom.js";

/** Triggers a download of `content` as `filename`. */
export function download(filename, content, type) {
  const blob = new Blob([content], { type });
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

/** Quotes of every article as CSV. */
export function quotesCsv(articles, results) {
  const lines = [row(["article", "title", "index", "kind", "speaker", "cue", "rule", "words", "start", "end", "text"])];
  articles.forEach((a, i) => {
    arr(results[i]?.quotes).forEach((q, k) => {
      const cue = q.cue?.span ? a.text.slice(q.cue.span.start, q.cue.span.end) : "";
      lines.push(row([i + 1, a.title, k, q.kind, q.speaker ?? "", cue, q.rule ?? "", q.words, q.span?.start, q.span?.end, q.text]));
    });
  });
  return lines.join("\r\n") + "\r\n";
}
