// An article's text out of a saved web page or HTML on the clipboard. The browser's
// DOMParser builds an inert document: its scripts never run, its styles and images are never
// loaded. Only text nodes are read; block elements become paragraphs, a line break a line.

/** Elements whose content is not article text. */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "TITLE", "META", "LINK", "SVG", "MATH", "IFRAME", "OBJECT", "EMBED",
  "CANVAS", "AUDIO", "VIDEO", "PICTURE", "IMG", "BUTTON", "SELECT", "OPTION", "INPUT", "TEXTAREA", "FORM", "NAV", "DIALOG"]);
/** Elements that start and end a paragraph. */
const BLOCK = new Set(["P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "H1", "H2", "H3", "H4", "H5", "H6",
  "UL", "OL", "LI", "DL", "DT", "DD", "BLOCKQUOTE", "PRE", "FIGURE", "FIGCAPTION", "TABLE", "THEAD", "TBODY", "TFOOT", "TR", "TD", "TH",
  "CAPTION", "ADDRESS", "HR", "DETAILS", "SUMMARY", "CENTER", "HGROUP"]);

/** Whether `html` looks like a document or fragment of markup rather than text with a stray "<". */
export const looksLikeHtml = (str) => /<(html|body|p|div|article|br|h[1-6]|span|a|li|!doctype)\b/i.test(str.slice(0, 20_000));

/**
 * The article text of `html`: the page's main article (the longest `<article>`, else
 * `<main>`, else the body), its paragraphs separated by a blank line. Returns { title, text }.
 */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(defuse(String(html)), "text/html");
  const meta = doc.querySelector('meta[property="og:title"]')?.getAttribute("content");
  const h1 = doc.querySelector("h1")?.textContent;
  const title = [meta, doc.title, h1].map((t) => (t ?? "").replace(/\s+/g, " ").trim()).find(Boolean) ?? "";
  const articles = [...doc.querySelectorAll("article")];
  const root = articles.length
    ? articles.reduce((a, b) => ((b.textContent?.length ?? 0) > (a.textContent?.length ?? 0) ? b : a))
    : doc.querySelector("main, [role=main]") ?? doc.body ?? doc.documentElement;
  return { title, text: blocksOf(root) };
}

/**
 * `html` with its style sheets and inline styles and event handlers renamed: the parsed
 * document would never apply or run them, but Chrome reports each one it meets to the
 * console as blocked by the page's Content-Security-Policy. A style sheet becomes a
 * textarea (raw text too, and skipped), an attribute `data-lede-` plus its name.
 */
function defuse(html) {
  return html
    .replace(/<(\/?)style\b/gi, "<$1textarea")
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)(on[a-z]+|style)(\s*=)/gi, "$1data-lede-$2$3"));
}

/** The text of an element as paragraphs: blocks split by a blank line, `<br>` a line break, runs of spaces one. */
function blocksOf(root) {
  const paras = [];
  let buf = "";
  let pre = 0;
  const flush = () => {
    const lines = buf.split("\n").map((l) => (pre ? l.replace(/\s+$/, "") : l.replace(/[\s\u00a0]+/g, " ").trim()));
    const t = lines.filter((l, i) => l || (pre && i > 0 && i < lines.length - 1)).join("\n");
    if (t.trim()) paras.push(t);
    buf = "";
  };
  const walk = (node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) buf += pre ? c.data : c.data.replace(/\n/g, " ");
      else if (c.nodeType === 1) {
        const tag = c.tagName.toUpperCase();
        if (SKIP.has(tag) || c.hasAttribute("hidden") || c.getAttribute("aria-hidden") === "true") continue;
        if (tag === "BR") { buf += "\n"; continue; }
        const block = BLOCK.has(tag);
        if (block) flush();
        if (tag === "PRE") pre++;
        walk(c);
        if (tag === "PRE") pre--;
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return paras.join("\n\n");
}
