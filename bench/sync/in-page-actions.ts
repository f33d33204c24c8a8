// What the bench does from inside the console's page (page.evaluate): edits from the keyboard timed to
// the paint, a queue filter timed to its rows, and a raw IndexedDB bulk insert of the replica's own rows.
// Each function is sent to the page on its own, so it uses nothing from the module around it.

/**
 * `count` edits of the open ticket from the keyboard as the agent makes them — the menu key (s or p),
 * then the number of the value — each timed from the number's keydown to the frame after the header shows
 * the new value. Alternates between two values so each edit is a real change.
 */
export async function keyboardEdits(opts: { count: number; menuKey: 's' | 'p'; values: [string, string] }): Promise<{ totalMs: number; paints: number[] }> {
  const pill = opts.menuKey === 'p' ? 'ticket-priority' : 'ticket-status';
  const shown = () => document.querySelector(`[data-testid="${pill}"]`)?.getAttribute('data-value');
  const until = (check: () => boolean, what: string) =>
    new Promise<void>((ok, fail) => {
      if (check()) return ok();
      const timer = setTimeout(() => {
        obs.disconnect();
        fail(new Error(`no ${what} within 10 s`));
      }, 10_000);
      const obs = new MutationObserver(() => {
        if (!check()) return;
        obs.disconnect();
        clearTimeout(timer);
        ok();
      });
      obs.observe(document, { subtree: true, childList: true, attributes: true });
    });
  const press = (target: Element, key: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  const paints: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < opts.count; i++) {
    const want = shown() === opts.values[0] ? opts.values[1] : opts.values[0];
    press(document.activeElement ?? document.body, opts.menuKey);
    await until(() => !!document.querySelector('[role="menu"]'), 'menu');
    const menu = document.querySelector('[role="menu"]')!;
    const items = [...menu.querySelectorAll('[role="menuitemradio"]')];
    const place = items.findIndex((li) => li.getAttribute('data-value') === want);
    const at = performance.now();
    press(menu, String(place + 1));
    await until(() => shown() === want, `${want} in the header`);
    await new Promise((ok) => requestAnimationFrame(ok));
    paints.push(performance.now() - at);
  }
  return { totalMs: performance.now() - t0, paints };
}

/**
 * Types `text` into the queue filter at once and times it to the frame that shows its first rows, then to
 * the one whose match count is settled (not "Searching…"); then clears the filter and waits for the
 * queue's rows again. The queue's own rows leave the list first (a new filter shows placeholders).
 */
export async function filterToRows(text: string): Promise<{ rowsMs: number; countMs: number; status: string }> {
  const input = document.querySelector('[data-testid="queue-filter"]') as HTMLInputElement;
  const status = () => document.querySelector('.queue-filter-matches')?.textContent ?? '';
  const rows = () => document.querySelectorAll('[data-testid="queue-row"]').length;
  const setValue = (v: string) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const until = (check: () => boolean) =>
    new Promise<void>((ok) => {
      if (check()) return ok();
      const obs = new MutationObserver(() => {
        if (!check()) return;
        obs.disconnect();
        ok();
      });
      obs.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  const frame = () => new Promise((ok) => requestAnimationFrame(ok));
  const t0 = performance.now();
  setValue(text);
  await until(() => rows() === 0);
  await until(() => rows() > 0);
  await frame();
  const rowsMs = performance.now() - t0;
  await until(() => status() !== '' && !status().includes('Searching'));
  await frame();
  const countMs = performance.now() - t0;
  const said = status();
  setValue('');
  await until(() => status() === '' && rows() > 0);
  return { rowsMs, countMs, status: said };
}

/**
 * The replica's tickets, messages and customers written again, the same rows, into a fresh IndexedDB
 * database with plain keyed stores, 5,000 rows a transaction: the raw write rate of this browser on this
 * machine in this run. Only the writes are timed (the rows are read back from the replica untimed).
 */
export async function rawInsertOfReplica(): Promise<{ rows: number; rowsPerS: number }> {
  const req = <T>(r: IDBRequest<T>) =>
    new Promise<T>((ok, fail) => {
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
  const done = (tx: IDBTransaction) =>
    new Promise<void>((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
  const name = (await indexedDB.databases()).map((d) => d.name).find((n) => n?.startsWith('agent-console-'))!;
  const src = await req(indexedDB.open(name));
  const rawName = `bench-raw-${Date.now()}`;
  const open = indexedDB.open(rawName, 1);
  const stores = ['tickets', 'messages', 'customers'];
  open.onupgradeneeded = () => stores.forEach((s) => open.result.createObjectStore(s, { keyPath: 'id' }));
  const raw = await req(open);
  let rows = 0;
  let busy = 0;
  for (const store of stores) {
    let after: IDBValidKey | undefined;
    for (;;) {
      const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
      const chunk = await req(src.transaction(store).objectStore(store).getAll(range, 5_000));
      if (!chunk.length) break;
      const t0 = performance.now();
      const tx = raw.transaction(store, 'readwrite');
      for (const row of chunk) tx.objectStore(store).put(row);
      await done(tx);
      busy += performance.now() - t0;
      rows += chunk.length;
      after = (chunk.at(-1) as { id: string }).id;
    }
  }
  src.close();
  raw.close();
  indexedDB.deleteDatabase(rawName);
  return { rows, rowsPerS: rows / (busy / 1000) };
}

/** Whether the replica's word index (the sync worker builds it after a first sync) is complete. */
export async function wordIndexDone(): Promise<boolean> {
  const name = (await indexedDB.databases()).map((d) => d.name).find((n) => n?.startsWith('agent-console-'));
  if (!name) return false;
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const o = indexedDB.open(name);
    o.onsuccess = () => ok(o.result);
    o.onerror = () => fail(o.error);
  });
  const row = await new Promise<{ value?: { done?: boolean } } | undefined>((ok) => {
    const r = db.transaction('meta').objectStore('meta').get('words');
    r.onsuccess = () => ok(r.result as { value?: { done?: boolean } } | undefined);
    r.onerror = () => ok(undefined);
  });
  db.close();
  return row?.value?.done === true;
}
