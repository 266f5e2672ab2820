// Keeps the articles across reloads in localStorage: an index plus one key per article,
// so one very large article that does not fit cannot stop the others from being saved.
const INDEX = "lede.v1.index";
const ARTICLE = "lede.v1.article.";

/** The saved articles, or null when nothing was ever saved (first visit). */
export function loadArticles() {
  let index;
  try {
    index = JSON.parse(localStorage.getItem(INDEX) ?? "null");
  } catch {
    return null;
  }
  if (!index || !Array.isArray(index.articles)) return null;
  return index.articles.map((a) => ({
    id: String(a.id),
    title: typeof a.title === "string" ? a.title : "",
    text: localStorage.getItem(ARTICLE + a.id) ?? "",
  }));
}

/** Saves every article; returns the titles of those that did not fit. */
export function saveArticles(articles) {
  const failed = [];
  try {
    localStorage.setItem(INDEX, JSON.stringify({ articles: articles.map(({ id, title }) => ({ id, title })) }));
  } catch {
    return articles.map((a) => a.title || "untitled");
  }
  const keep = new Set(articles.map((a) => ARTICLE + a.id));
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const k = localStorage.key(i);
    if (k && k.startsWith(ARTICLE) && !keep.has(k)) localStorage.removeItem(k);
  }
  for (const a of articles) {
    try {
      if (localStorage.getItem(ARTICLE + a.id) !== a.text) localStorage.setItem(ARTICLE + a.id, a.text);
    } catch {
      localStorage.removeItem(ARTICLE + a.id);
      failed.push(a.title || "untitled");
    }
  }
  return failed;
}

/** Forgets everything Lede saved. */
export function clearSaved() {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const k = localStorage.key(i);
    if (k && k.startsWith("lede.")) localStorage.removeItem(k);
  }
}

/** Small preferences (view, selected article). */
export function loadPrefs() {
  try {
    return JSON.parse(localStorage.getItem("lede.v1.prefs") ?? "{}") || {};
  } catch {
    return {};
  }
}
export function savePrefs(p) {
  try {
    localStorage.setItem("lede.v1.prefs", JSON.stringify(p));
  } catch {}
}
