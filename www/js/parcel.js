// Big results cross from the worker to the page in parts. The page reads a message in one
// task, and structured clone reads about seven million objects a second here: a 10 MB
// article's analysis and comparison (45,000 quotes, as many aligned versions) took 120 ms
// and more in one read. pack() sends every array too heavy for one short read ahead in
// slices and leaves it empty; unpack() puts the slices back. Typed arrays (span lists)
// are copies of memory, quick to read, and stay where they are.

/** Objects (and strings) one message may carry: a few milliseconds to read. */
export const OBJECTS_PER_PART = 10_000;

/** How many objects and strings structured clone makes of `v`. */
export function weight(v) {
  if (typeof v === "string") return 1;
  if (!v || typeof v !== "object" || ArrayBuffer.isView(v)) return 0;
  let n = 1;
  if (Array.isArray(v)) for (const x of v) n += weight(x);
  else for (const k in v) n += weight(v[k]);
  return n;
}

/**
 * A copy of `value` no heavier than `budget` objects, sharing what it can: each array that
 * does not fit is passed to send(path, items) in slices of at most OBJECTS_PER_PART, in
 * order, and left empty in the copy (its heavy items lightened the same way first); of an
 * object's fields, the heaviest go until the rest fits. `value` itself is not changed.
 */
export function pack(value, send, path = [], budget = OBJECTS_PER_PART) {
  if (weight(value) <= budget) return value;
  if (Array.isArray(value)) {
    const items = value.map((x, i) => pack(x, send, [...path, i]));
    let slice = [], w = 0;
    for (const x of items) {
      const xw = weight(x);
      if (slice.length && w + xw > OBJECTS_PER_PART) { send(path, slice); slice = []; w = 0; }
      slice.push(x);
      w += xw;
    }
    if (slice.length) send(path, slice);
    return [];
  }
  if (!value || typeof value !== "object" || ArrayBuffer.isView(value)) return value; // a string: whole or not at all
  const out = {};
  const heft = {};
  for (const k in value) {
    out[k] = pack(value[k], send, [...path, k], budget);
    heft[k] = weight(out[k]);
  }
  let total = 1 + Object.values(heft).reduce((a, b) => a + b, 0);
  const tried = new Set();
  while (total > budget) {
    const k = Object.keys(out).filter((f) => !tried.has(f) && heft[f] > 1).sort((a, b) => heft[b] - heft[a])[0];
    if (k === undefined) break; // only strings and numbers left: they go as they are
    tried.add(k);
    out[k] = pack(out[k], send, [...path, k], Math.max(1, heft[k] - (total - budget)));
    total += weight(out[k]) - heft[k];
    heft[k] = weight(out[k]);
  }
  return out;
}

/** Puts the slices sent by pack() back into `value` (outer arrays before those inside them); returns it. */
export function unpack(value, parts) {
  const byPath = new Map();
  for (const { path, items } of parts) {
    const key = JSON.stringify(path);
    if (!byPath.has(key)) byPath.set(key, { path, slices: [] });
    byPath.get(key).slices.push(items);
  }
  const order = [...byPath.values()].sort((a, b) => a.path.length - b.path.length);
  for (const { path, slices } of order) {
    if (!path.length) { value = slices.flat(); continue; }
    let parent = value;
    for (const k of path.slice(0, -1)) parent = parent?.[k];
    if (parent && typeof parent === "object") parent[path[path.length - 1]] = slices.flat();
  }
  return value;
}
