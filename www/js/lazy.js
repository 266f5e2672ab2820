// Long lists drawn a screenful at a time: the first rows at once, the rest in short steps
// while the end of what is drawn is near the visible area. A 10 MB article has 45,000 quotes;
// drawn in one go they took 8 s in a single task.

/** How far beyond the visible area (px) rows and text are drawn ahead of the reader. */
export const AHEAD_PX = 1500;
/**
 * Time one drawing step may spend building elements (ms) before input and painting get
 * their turn. Laying out and painting what was built takes three to ten times as long.
 */
export const STEP_MS = 4;
/** Rows one step draws at most, for the same reason. */
const STEP_ROWS = 40;

/** Whether `el` is within AHEAD_PX of the visible part of `root` (null: the window). */
export function near(el, root = null) {
  const r = el.getBoundingClientRect();
  const box = root ? root.getBoundingClientRect() : { top: 0, bottom: innerHeight };
  return r.top < box.bottom + AHEAD_PX && r.bottom > box.top - AHEAD_PX;
}

/**
 * Draws rows 0..count-1 by calling `draw(i)`, which appends row i where it belongs inside
 * `container`: rows before `first` now, the others in steps of at most STEP_MS whenever a
 * sentinel kept after the last drawn row comes near the visible area of `root` (null: the
 * window). `sentinel` is its tag ("tr" inside a table body). Stops once the container leaves
 * the document.
 */
export function lazyRows(container, count, draw, { first = 40, root = null, sentinel: tag = "div" } = {}) {
  let next = 0;
  while (next < count && next < first) draw(next++);
  if (next >= count) return;
  const sentinel = document.createElement(tag);
  sentinel.className = "lazy-end";
  sentinel.setAttribute("aria-hidden", "true");
  if (tag === "tr") sentinel.append(document.createElement("td"));
  container.append(sentinel);
  let scheduled = false;
  const io = new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) schedule(); },
    { root, rootMargin: `${AHEAD_PX}px 0px` });
  const step = () => {
    scheduled = false;
    if (!sentinel.isConnected) return void io.disconnect();
    if (!near(sentinel, root)) return; // the observer calls again when the reader comes close
    const t0 = performance.now();
    const stop = Math.min(count, next + STEP_ROWS);
    while (next < stop && performance.now() - t0 < STEP_MS) draw(next++);
    if (next >= count) {
      io.disconnect();
      sentinel.remove();
      return;
    }
    container.append(sentinel); // after the rows just drawn
    schedule();
  };
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(step);
  }
  io.observe(sentinel);
}
