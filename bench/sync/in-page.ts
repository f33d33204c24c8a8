// What the bench watches from inside the console's page, installed before the app loads (addInitScript):
// UI tasks over 50 ms, when the first-load bar came and went, when the first queue rows were painted, and
// `j` keydown → the next frame. Runs in the page, so it uses nothing from the module around it.
export interface InPage {
  long: { start: number; duration: number }[];
  barFrom: number | null;
  barTo: number | null;
  firstRowAt: number | null;
  keys: number[];
}

declare global {
  interface Window {
    __bench?: InPage;
  }
}

export function watchInPage(): void {
  const b: InPage = { long: [], barFrom: null, barTo: null, firstRowAt: null, keys: [] };
  window.__bench = b;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  let rowSeen = false;
  const look = () => {
    const bar = document.querySelector('[data-testid="initial-load"]');
    if (bar && b.barFrom === null) b.barFrom = performance.now();
    if (!bar && b.barFrom !== null && b.barTo === null) b.barTo = performance.now();
    if (!rowSeen && document.querySelector('[data-testid="queue-row"]')) {
      rowSeen = true;
      requestAnimationFrame(() => (b.firstRowAt = performance.now()));
    }
  };
  const start = () => new MutationObserver(look).observe(document, { subtree: true, childList: true });
  start();
  addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'j') return;
      const at = e.timeStamp;
      requestAnimationFrame(() => b.keys.push(performance.now() - at));
    },
    true,
  );
}

/** Resolves with Date.now() once a note with this text is on screen. */
export function waitForNote(text: string): Promise<number> {
  return new Promise((ok) => {
    const has = () =>
      [...document.querySelectorAll('[data-testid="message-note"]')].some((n) => n.textContent?.includes(text));
    if (has()) return ok(Date.now());
    const obs = new MutationObserver(() => {
      if (!has()) return;
      obs.disconnect();
      ok(Date.now());
    });
    obs.observe(document, { subtree: true, childList: true, characterData: true });
  });
}
