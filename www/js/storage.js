// Keeps the articles across reloads in IndexedDB, and keeps saying so when the browser refuses.
//
// Database "lede", version 1, three stores:
//   meta    "index"  -> { articles: [{ id, title, corrections? }], trash: [{ id, title, corrections?, position, session, at }] }
//                       (corrections: the reader's, js/corrections.js; small, so they go with the index)
//   texts   id       -> { id, length, pieces, token, at }   one record per stored text
//   pieces  [id, n]  -> string                              the text in pieces of PIECE_CHARS
// A text is written piece by piece, each put issued from the previous one's success callback:
// in Chromium one put of a 50 M character string is a single 300–600 ms task (the value is
// serialised on the main thread), a piece of 1 M characters 1–3 ms. A save is one transaction
// (the pieces, the text record and the index), so a reload sees the old text or the new one,
// never a mix; read-write transactions over the same stores run in the order they were
// created, so a later save is never overwritten by an earlier one that finishes late.
//
// When the browser refuses a write (quota, no IndexedDB), a small marker with the title and the
// reason goes into localStorage, so that after a reload the article still says why its text is
// old or missing. localStorage keeps only those markers and the preferences: its quota (about
// 5 M characters) silently dropped large articles when it held the texts (lede.v1.*, migrated
// into IndexedDB once).

const DB_NAME = "lede";
const DB_VERSION = 1;
/** Characters per stored piece: a put of this many takes 1–3 ms on the main thread. */
const PIECE_CHARS = 1 << 20;
/** Opening the database may take this long before storage counts as unavailable. */
const OPEN_TIMEOUT_MS = 5000;
/** Removed articles kept for undo; their texts stay stored until the next session. */
const TRASH_LIMIT = 5;
const MARKERS = "lede.v2.unsaved";
const SESSION = "lede.session";
const PREFS = "lede.v1.prefs";
const V1_INDEX = "lede.v1.index";
const V1_ARTICLE = "lede.v1.article.";

/** Where an article's text stands with the browser's storage. */
export const Kept = Object.freeze({
  /** Stored as shown. */
  SAVED: "saved",
  /** This session's last write was refused: the text exists only in this page. */
  REFUSED: "refused",
  /** After a reload: the latest changes were refused; an older stored copy is shown. */
  STALE: "stale",
  /** After a reload: the text was never stored; only the title was kept. */
  LOST: "lost",
  /** After a reload: the index lists the article but its text is not in storage. */
  MISSING: "missing",
});

// ---- why a write failed, in words for the article's notice ------------------------------

const REASON_CLOSED = "the page was closed while it was being saved";
const REASON_V1 = "it was too large for the browser storage that an earlier version of this page used (about 5 M characters)";

const errorText = (e) => (e?.message ? `${e.name}: ${e.message}` : String(e?.name ?? e ?? "unknown error"));

function reasonOf(error, { unavailable = false } = {}) {
  if (error?.name === "QuotaExceededError") return "the browser's storage for this site is full";
  if (unavailable) return `this browser does not let the page store data (${errorText(error)}); private windows and blocked site data do this`;
  return `the browser refused to store it (${errorText(error)})`;
}

// ---- localStorage: markers, session, preferences, the old format ------------------------

function readJson(key, fallback) {
  try {
    return JSON.parse(localStorage.getItem(key) ?? "null") ?? fallback;
  } catch {
    return fallback;
  }
}
function writeJson(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {} // the notice in the page still says it; nothing smaller could be kept
}

/** The id of this tab's session: survives reloads, not closing the tab. */
function sessionId() {
  const fresh = `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  try {
    let id = sessionStorage.getItem(SESSION);
    if (!id) sessionStorage.setItem(SESSION, (id = fresh));
    return id;
  } catch {
    return fresh;
  }
}

/** The articles of the localStorage format (lede.v1.*), or null. */
function readV1() {
  try {
    const index = JSON.parse(localStorage.getItem(V1_INDEX) ?? "null");
    if (!index || !Array.isArray(index.articles)) return null;
    return index.articles.map((a) => {
      const text = localStorage.getItem(V1_ARTICLE + a.id);
      // That format removed a text that did not fit and kept its title.
      return { id: String(a.id), title: typeof a.title === "string" ? a.title : "", text: text ?? "", lost: text === null };
    });
  } catch {
    return null;
  }
}
function removeV1() {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const k = localStorage.key(i);
      if (k === V1_INDEX || k?.startsWith(V1_ARTICLE)) localStorage.removeItem(k);
    }
  } catch {}
}

/** Small preferences (view, options). */
export function loadPrefs() {
  const p = readJson(PREFS, {});
  return typeof p === "object" ? p : {};
}
export function savePrefs(p) {
  writeJson(PREFS, p);
}

// ---- IndexedDB ----------------------------------------------------------------------------

function openDb() {
  return new Promise((ok, fail) => {
    let req;
    try {
      req = globalThis.indexedDB.open(DB_NAME, DB_VERSION);
    } catch (e) {
      return fail(e);
    }
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      fail(new DOMException("browser storage did not answer", "TimeoutError"));
    }, OPEN_TIMEOUT_MS);
    req.onupgradeneeded = () => {
      const db = req.result;
      for (const name of ["meta", "texts", "pieces"]) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
    };
    req.onsuccess = () => {
      clearTimeout(timer);
      const db = req.result;
      if (late) return db.close();
      db.onversionchange = () => db.close();
      ok(db);
    };
    req.onerror = (e) => {
      e.preventDefault();
      clearTimeout(timer);
      fail(req.error);
    };
  });
}

const pieceRange = (id) => IDBKeyRange.bound([id, 0], [id, Infinity]);

/** Where the piece that starts at `start` ends: PIECE_CHARS on, never inside a surrogate pair. */
function pieceEnd(text, start) {
  const end = Math.min(start + PIECE_CHARS, text.length);
  const last = text.charCodeAt(end - 1);
  return end < text.length && last >= 0xd800 && last <= 0xdbff ? end + 1 : end;
}

/**
 * One read-write transaction: deletes the texts of `deletes`, writes each of `texts`
 * ({ id, text, token }) piece by piece, then the index. Resolves to null once committed, or to
 * the error that aborted it. `eager` issues every request at once and commits (for pagehide,
 * when there is no later task to chain from); `job.abort` is set to a function that aborts it.
 */
function write(db, job, { eager = false } = {}) {
  const { texts = [], index, deletes = [] } = job;
  return new Promise((resolve) => {
    let tx;
    try {
      tx = db.transaction(["meta", "texts", "pieces"], "readwrite");
    } catch (e) {
      return resolve(e);
    }
    let failure = null;
    const fail = (e) => {
      failure ??= e;
      try { tx.abort(); } catch {}
    };
    job.abort = () => {
      job.superseded = true;
      fail(new DOMException("superseded by a newer write", "AbortError"));
    };
    tx.oncomplete = () => resolve(null);
    tx.onabort = () => resolve(failure ?? tx.error ?? new DOMException("the write was aborted", "AbortError"));
    const meta = tx.objectStore("meta"), records = tx.objectStore("texts"), pieces = tx.objectStore("pieces");
    function* requests() {
      for (const id of deletes) {
        yield records.delete(id);
        yield pieces.delete(pieceRange(id));
      }
      for (const { id, text, token } of texts) {
        yield pieces.delete(pieceRange(id));
        let n = 0;
        for (let start = 0; start < text.length; ) {
          const end = pieceEnd(text, start);
          yield pieces.put(text.slice(start, end), [id, n++]);
          start = end;
        }
        yield records.put({ id, length: text.length, pieces: n, token, at: Date.now() }, id);
      }
      if (index) yield meta.put(index, "index");
    }
    const steps = requests();
    const watch = (req, then) => {
      req.onerror = (e) => { e.preventDefault(); fail(req.error); };
      if (then) req.onsuccess = then;
    };
    const next = () => {
      if (failure) return;
      let step;
      try {
        step = steps.next();
      } catch (e) { // a put can throw at once (DataCloneError, QuotaExceededError)
        return fail(e);
      }
      if (!step.done) watch(step.value, next);
    };
    if (!eager) return next();
    try {
      for (const req of steps) watch(req);
      tx.commit?.();
    } catch (e) {
      fail(e);
    }
  });
}

/** Reads a request inside an open transaction. */
const read = (req) => new Promise((ok, fail) => {
  req.onsuccess = () => ok(req.result);
  req.onerror = (e) => { e.preventDefault(); fail(req.error); };
});

/** The stored texts of `ids`: Map id -> { text, record } (ids without a record are left out). */
async function readTexts(tx, ids) {
  const records = tx.objectStore("texts"), pieces = tx.objectStore("pieces");
  const found = await Promise.all(ids.map((id) => read(records.get(id))));
  const out = new Map();
  for (const [i, record] of found.entries()) {
    if (!record) continue;
    // One piece at a time: Chromium hands over results in request order, so pieces asked for
    // together can arrive, and be deserialised, in one long task (about 100 ms at 50 MB).
    // Concatenated, not joined: a join copies the whole text in one task (50 ms for 50 M
    // characters); V8 flattens the concatenation when the text is first read as a whole.
    let text = "";
    for (let n = 0; n < record.pieces && text !== null; n++) {
      const piece = await read(pieces.get([ids[i], n]));
      text = typeof piece === "string" ? text + piece : null;
    }
    out.set(ids[i], { text: text !== null && text.length === record.length ? text : null, record });
  }
  return out;
}

// ---- the store ------------------------------------------------------------------------------

/**
 * The page's articles in browser storage. `open()` loads them; `sync(articles)` writes what
 * changed since the last write (the texts that changed, one transaction each, and the index);
 * `onState(id, { kind, reason, at })` reports each article's standing (id null: the list itself).
 */
/** An article's corrections as stored: the field only when there are some. */
const fixes = (a) => (Array.isArray(a?.corrections) && a.corrections.length ? { corrections: a.corrections } : {});

export class ArticleStore {
  #db = null;
  #unavailable = null; // why there is no database
  #session = sessionId();
  #onState;
  /** id -> the text as stored (or as shown with a LOST/MISSING notice): unchanged texts are not rewritten. */
  #known = new Map();
  /** ids with a text record in the database. */
  #stored = new Set();
  /** id -> the text whose write was refused: not retried until it changes or retry(id). */
  #refused = new Map();
  #trash = []; // { id, title, position, session, at }, oldest first
  #removed = new Map(); // id -> the removed article object (this session, for undo)
  #indexJson = null; // the index as last stored
  #listError = null;
  #latest = [];
  #running = false;
  #again = false;
  #inflight = null; // the job being written
  #v1Pending = false;
  #tokens = 0;

  constructor(onState) {
    this.#onState = onState;
  }

  /** Opens the database (migrating lede.v1.* once) and loads the articles; `articles` is null on a first visit. */
  static async open(onState = () => {}) {
    const store = new ArticleStore(onState);
    const start = performance.now();
    store.articles = await store.#load();
    performance.measure("lede-load", { start, detail: { chars: store.articles?.reduce((n, a) => n + a.text.length, 0) ?? 0 } });
    return store;
  }

  /** The most recent removal that can still be undone, or null. */
  lastRemoved() {
    return this.#trash.at(-1) ?? null;
  }

  /** Writes what changed in `articles` since the last write; call it debounced. */
  sync(articles) {
    this.#latest = articles;
    this.#run();
  }

  /**
   * For pagehide: starts every pending write at once (there is no later task to chain from),
   * and leaves a marker for each, so that a write the closing page cuts off is reported.
   */
  flush(articles) {
    this.#latest = articles;
    if (!this.#db) return;
    const index = this.#index(articles);
    // A write in flight goes piece by piece, a task each, and every transaction here would
    // wait for it: it is aborted, and its article written again below with the rest.
    this.#inflight?.abort?.();
    const dirty = articles.filter((a) => this.#dirty(a));
    for (const a of dirty) {
      const text = a.text, token = this.#token();
      this.#mark(a.id, { title: a.title, position: articles.indexOf(a), reason: REASON_CLOSED, token });
      write(this.#db, { texts: [{ id: a.id, text, token }], index }, { eager: true })
        .then((err) => this.#settle(a, text, index, err));
    }
    if (!dirty.length && JSON.stringify(index) !== this.#indexJson) write(this.#db, { index }, { eager: true });
  }

  /** Remembers a removed article for undo (the next sync stores the removal). */
  trash(article, position) {
    this.#trash.push({ id: article.id, title: article.title, ...fixes(article), position, session: this.#session, at: Date.now() });
    this.#removed.set(article.id, article);
    while (this.#trash.length > TRASH_LIMIT) this.#removed.delete(this.#trash.shift().id);
  }

  /** Takes the last removed article back out of the trash: { article, position }, or null. */
  async untrash() {
    const entry = this.#trash.pop();
    if (!entry) return null;
    let article = this.#removed.get(entry.id);
    this.#removed.delete(entry.id);
    if (!article) article = await this.#readRemoved(entry); // removed before a reload
    return { article, position: entry.position };
  }

  /** Tries a refused write again at the next sync. */
  retry(id) {
    this.#refused.delete(id);
  }

  /** The user has read a LOST, STALE or MISSING notice: what is shown gets stored at the next sync. */
  dismiss(id) {
    this.#unmark(id);
    this.#known.delete(id);
  }

  /** Forgets everything this page stored (articles, markers, preferences). */
  async clear() {
    this.#latest = [];
    this.#trash = [];
    this.#removed.clear();
    this.#known.clear();
    this.#stored.clear();
    this.#refused.clear();
    this.#indexJson = null;
    try {
      for (let i = localStorage.length - 1; i >= 0; i--) {
        const k = localStorage.key(i);
        if (k?.startsWith("lede.")) localStorage.removeItem(k);
      }
    } catch {}
    if (!this.#db) return;
    await new Promise((ok) => {
      let tx;
      try {
        tx = this.#db.transaction(["meta", "texts", "pieces"], "readwrite");
      } catch {
        return ok();
      }
      for (const name of ["meta", "texts", "pieces"]) tx.objectStore(name).clear();
      tx.oncomplete = tx.onabort = () => ok();
    });
  }

  // ---- internals ----

  #token() {
    return `${this.#session}.${++this.#tokens}`;
  }

  #index(articles) {
    return { articles: articles.map((a) => ({ id: a.id, title: a.title, ...fixes(a) })), trash: this.#trash };
  }

  #dirty(a) {
    if (this.#known.has(a.id) && this.#known.get(a.id) === a.text) return false;
    return this.#refused.get(a.id) !== a.text;
  }

  #mark(id, { title, position, reason, token = null }) {
    const markers = readJson(MARKERS, {});
    markers[id] = { title, position, reason, token };
    writeJson(MARKERS, markers);
  }
  #unmark(id) {
    const markers = readJson(MARKERS, {});
    if (!(id in markers)) return;
    delete markers[id];
    writeJson(MARKERS, markers);
  }

  async #run() {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = true;
    try {
      do {
        this.#again = false;
        await this.#writeChanges();
      } while (this.#again);
    } finally {
      this.#running = false;
    }
  }

  async #writeChanges() {
    for (const a of this.#latest.filter((x) => this.#dirty(x))) {
      if (!this.#latest.includes(a)) continue; // removed while an earlier text was written
      const text = a.text, index = this.#index(this.#latest), token = this.#token();
      const job = { texts: [{ id: a.id, text, token }], index };
      this.#inflight = job;
      const start = performance.now();
      const err = this.#db ? await write(this.#db, job) : this.#unavailable;
      performance.measure("lede-save", { start, detail: { chars: text.length, ok: !err } }); // for devtools and the tests
      this.#inflight = null;
      if (!job.superseded) this.#settle(a, text, index, err); // else a newer write reports
    }
    this.#keepMarkersCurrent();
    if (!this.#db) return;
    const index = this.#index(this.#latest);
    const listed = new Set([...index.articles, ...index.trash].map((e) => e.id));
    const deletes = [...this.#stored].filter((id) => !listed.has(id));
    const json = JSON.stringify(index);
    if (json === this.#indexJson && !deletes.length) return;
    const err = await write(this.#db, { index, deletes });
    if (!err) {
      this.#indexJson = json;
      for (const id of deletes) {
        this.#stored.delete(id);
        this.#known.delete(id);
        this.#unmark(id);
      }
    }
    if (String(err) !== String(this.#listError)) {
      this.#listError = err;
      this.#onState(null, err ? { kind: Kept.REFUSED, reason: reasonOf(err) } : { kind: Kept.SAVED });
    }
  }

  /** Records how a write of `text` for `a` ended. */
  #settle(a, text, index, err) {
    if (!err) {
      this.#known.set(a.id, text);
      this.#stored.add(a.id);
      this.#refused.delete(a.id);
      this.#indexJson = JSON.stringify(index);
      this.#unmark(a.id);
      if (this.#v1Pending && index.articles.every((e) => this.#stored.has(e.id) || this.#known.has(e.id))) {
        this.#v1Pending = false;
        removeV1();
      }
      if (this.#known.get(a.id) === a.text) this.#onState(a.id, { kind: Kept.SAVED });
      return;
    }
    const reason = reasonOf(err, { unavailable: !this.#db });
    this.#refused.set(a.id, text);
    this.#mark(a.id, { title: a.title, position: index.articles.findIndex((e) => e.id === a.id), reason, token: null });
    this.#onState(a.id, { kind: Kept.REFUSED, reason });
  }

  /** A refused article's marker follows its title and position (it is all that survives a reload). */
  #keepMarkersCurrent() {
    const markers = readJson(MARKERS, {});
    let changed = false;
    this.#latest.forEach((a, position) => {
      const m = markers[a.id];
      if (!m || !this.#refused.has(a.id) || (m.title === a.title && m.position === position)) return;
      markers[a.id] = { ...m, title: a.title, position };
      changed = true;
    });
    if (changed) writeJson(MARKERS, markers);
  }

  async #load() {
    const markers = readJson(MARKERS, {});
    try {
      this.#db = await openDb();
    } catch (e) {
      this.#unavailable = e;
    }
    let index = null, texts = new Map();
    if (this.#db) {
      try {
        const tx = this.#db.transaction(["meta", "texts", "pieces"], "readonly");
        index = await read(tx.objectStore("meta").get("index"));
        if (index) texts = await readTexts(tx, index.articles.map((e) => e.id));
      } catch (e) {
        this.#db = null;
        this.#unavailable = e;
      }
    }
    let list;
    if (index) {
      list = this.#fromIndex(index, texts, markers);
    } else {
      list = readV1();
      if (list) await this.#migrate(list);
    }
    // Articles whose title only a marker kept (never in a stored index).
    const shown = new Set([...(list ?? []), ...(Array.isArray(index?.trash) ? index.trash : [])].map((a) => a.id));
    const orphans = Object.entries(markers).filter(([id]) => !shown.has(id)).sort(([, a], [, b]) => a.position - b.position);
    if (orphans.length) list ??= [];
    for (const [id, m] of orphans) {
      const article = { id, title: String(m.title ?? ""), text: "", store: { kind: Kept.LOST, reason: m.reason } };
      this.#known.set(id, "");
      list.splice(Math.max(0, Math.min(Number(m.position) || 0, list.length)), 0, article);
    }
    return list;
  }

  #fromIndex(index, texts, markers) {
    this.#indexJson = JSON.stringify(index);
    // Removals of an earlier session can no longer be undone: the next sync deletes them.
    this.#trash = (Array.isArray(index.trash) ? index.trash : []).filter((e) => e.session === this.#session);
    for (const e of index.trash ?? []) this.#stored.add(e.id);
    return index.articles.map(({ id, title, corrections }) => {
      const found = texts.get(id);
      const m = markers[id];
      if (found) this.#stored.add(id);
      const text = found?.text ?? "";
      this.#known.set(id, text);
      let store = { kind: Kept.SAVED };
      if (m && (!found || found.record.token !== m.token)) store = { kind: found?.text != null ? Kept.STALE : Kept.LOST, reason: m.reason, at: found?.record.at };
      else if (m) this.#unmark(id); // the write it warned about completed
      else if (!found || found.text === null) store = { kind: Kept.MISSING };
      return { id, title, text, store, ...fixes({ corrections }) };
    });
  }

  /** Moves the localStorage articles into the database in one transaction; lede.v1.* goes once it is stored. */
  async #migrate(list) {
    for (const a of list) {
      a.store = { kind: Kept.SAVED };
      if (a.lost) {
        a.store = { kind: Kept.LOST, reason: REASON_V1 };
        this.#mark(a.id, { title: a.title, position: list.indexOf(a), reason: REASON_V1 });
        this.#known.set(a.id, "");
      }
      delete a.lost;
    }
    const index = this.#index(list);
    const texts = list.filter((a) => a.store.kind === Kept.SAVED).map((a) => ({ id: a.id, text: a.text, token: this.#token() }));
    const err = this.#db ? await write(this.#db, { texts, index }) : this.#unavailable;
    if (!err) {
      this.#indexJson = JSON.stringify(index);
      for (const t of texts) {
        this.#known.set(t.id, t.text);
        this.#stored.add(t.id);
      }
      removeV1();
      return;
    }
    // Not migrated: the old copy stays where it is, and the next load tries again.
    this.#v1Pending = true;
    const reason = reasonOf(err, { unavailable: !this.#db });
    for (const a of list) {
      if (a.store.kind !== Kept.SAVED) continue;
      a.store = { kind: Kept.REFUSED, reason };
      this.#refused.set(a.id, a.text);
    }
  }

  async #readRemoved(entry) {
    const article = { id: entry.id, title: entry.title, text: "", store: { kind: Kept.MISSING }, ...fixes(entry) };
    if (!this.#db) return article;
    try {
      const tx = this.#db.transaction(["texts", "pieces"], "readonly");
      const found = (await readTexts(tx, [entry.id])).get(entry.id);
      if (found?.text != null) {
        article.text = found.text;
        article.store = { kind: Kept.SAVED };
      }
    } catch {}
    const m = readJson(MARKERS, {})[entry.id];
    if (m && article.store.kind === Kept.SAVED) article.store = { kind: Kept.STALE, reason: m.reason };
    else if (m) article.store = { kind: Kept.LOST, reason: m.reason };
    this.#known.set(entry.id, article.text);
    return article;
  }
}
