// Turns result tapes (src/tape.rs) into plain JavaScript objects. The engine calls
// these itself: begin(), then feed() with each chunk of the tape as it is written
// (`tape` and `nums` are views of the engine's memory, valid only during the call),
// then end() for the value, with the result's span lists. One result is read at a time.
const NULL = 0, FALSE = 1, TRUE = 2, UINT = 3, NUM = 4, STR = 5, SYM = 6, ARR = 7, OBJ = 8;
const END = 0xffffffff, KEY_STR = 0xfffffffe;
// What an open container waits for (any other value: the key of its next field).
const WANT_KEY = 0, ARRAY = 1;

let keys = []; // key strings by number
let open = []; // the open arrays and objects, outermost first
let want = []; // for each: WANT_KEY, ARRAY, or the key its next value goes under
let root;

export function begin() {
  keys = [];
  open = [];
  want = [];
  root = undefined;
}

export function feed(tape, nums, text) {
  let t = 0; // next word of tape
  let n = 0; // next number of nums
  let s = 0; // next character of text
  let depth = open.length;
  while (t < tape.length) {
    const w = tape[t++];
    const k = depth === 0 ? ARRAY : want[depth - 1];
    if (w === END) {
      open.pop();
      want.pop();
      depth--;
      continue;
    }
    if (k === WANT_KEY) {
      let key;
      if (w === KEY_STR && tape[t++] === STR) {
        key = text.slice(s, (s += tape[t++])); // a map key: a string value
      } else {
        const id = w === KEY_STR ? tape[t++] : w; // a field's key, or an enum name as a map key
        if (id === keys.length) keys.push(text.slice(s, (s += tape[t++])));
        key = keys[id];
      }
      want[depth - 1] = key;
      continue;
    }
    let v;
    switch (w) {
      case NULL: v = null; break;
      case FALSE: v = false; break;
      case TRUE: v = true; break;
      case UINT: v = tape[t++]; break;
      case NUM: v = nums[n++]; break;
      case STR: v = text.slice(s, (s += tape[t++])); break;
      case SYM: {
        const id = tape[t++];
        if (id === keys.length) keys.push(text.slice(s, (s += tape[t++])));
        v = keys[id];
        break;
      }
      case ARR: v = []; break;
      case OBJ: v = {}; break;
      default: throw new Error(`lede: unreadable result at word ${t - 1}`);
    }
    if (depth === 0) {
      root = v;
    } else if (k === ARRAY) {
      open[depth - 1].push(v);
    } else {
      // A key from the data is defined, so that even "__proto__" is a plain field.
      if (k === "__proto__") Object.defineProperty(open[depth - 1], k, { value: v, enumerable: true, writable: true, configurable: true });
      else open[depth - 1][k] = v;
      want[depth - 1] = WANT_KEY;
    }
    if (w === ARR || w === OBJ) {
      open.push(v);
      want.push(w === OBJ ? WANT_KEY : ARRAY);
      depth++;
    }
  }
}

// What a result is (`Shape` in src/wasm.rs): which fields take span lists.
const PLAIN = 0, ANALYSIS = 1, COMPARISON = 2;

/**
 * The value read. In an analysis (or each analysis of a comparison) the fields that grow
 * with the text (`sentences`, `paragraphs`, each term's `occurrences`, each speaker's
 * `mentions`) crossed empty on the tape, and `spans` (a view of the engine's memory) holds
 * them, in that order, each as its length in words then its `[start, end]` pairs. Each list
 * is copied out on its own, not as a view of one copy: a list posted to another thread
 * then carries only itself, and one list's buffer can be transferred without the others
 * (the copies cost no more). An analysis's quotations get their `text` from `text`, the
 * caller's string, rather than a copy through the tape.
 */
export function end(shape, spans, text) {
  const value = root;
  begin();
  if (shape === PLAIN) return value;
  let at = 0;
  const next = () => {
    const from = at + 1;
    at = from + spans[at];
    if (!(at <= spans.length)) throw new Error("lede: unreadable result (span lists)");
    return spans.slice(from, at);
  };
  const attach = (a) => {
    a.sentences = next();
    a.paragraphs = next();
    for (const t of a.terms.words) t.occurrences = next();
    for (const t of a.terms.phrases) t.occurrences = next();
    for (const t of a.terms.names) t.occurrences = next();
    for (const s of a.speakers) s.mentions = next();
  };
  if (shape === ANALYSIS) {
    attach(value);
    for (const q of value.quotes) q.text = text.slice(q.span.start, q.span.end);
  } else if (shape === COMPARISON) {
    for (const a of value.articles) attach(a.analysis);
  }
  if (at !== spans.length) throw new Error("lede: unreadable result (span lists)");
  return value;
}
