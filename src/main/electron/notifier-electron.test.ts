// The Electron Notification adapter against a fake Electron: what each request becomes on each OS, one
// notification per tag, clicks and actions heard, and the references it keeps (bounded) so Electron does
// not drop the click handlers of a garbage-collected notification.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopNotification } from '../../shared/desktop-api';
import type { NotifyActionEvent } from '../services/notifier';
import { emitReady, Notification, resetFakeElectron } from './fake-electron';
import { createElectronNotifier } from './notifier-electron';

vi.mock('electron', () => import('./fake-electron'));

const TICKET = '0193a000-0000-7000-8000-00000000a001';
const take = { action: 'take' as const, label: 'Take' };
const snooze = { action: 'snooze' as const, label: 'Snooze 10 min' };

function note(over: Partial<DesktopNotification> = {}): DesktopNotification {
  return { tag: 'new:t1', title: 'New ticket #41', body: 'Printer on fire', ticketId: TICKET, urgent: false, sound: true, actions: [take, snooze], ...over };
}

let heard: NotifyActionEvent[];
beforeEach(() => {
  resetFakeElectron();
  emitReady();
  heard = [];
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

function notifier(platform: NodeJS.Platform = 'darwin', max?: number) {
  const n = createElectronNotifier({ platform, ...(max ? { max } : {}) });
  n.onAction((e) => heard.push(e));
  return n;
}
const last = () => Notification.instances.at(-1)!;

describe('the Electron notifier', () => {
  it('shows the title and body, under the tag as its OS id, with sound unless asked for silence', () => {
    const n = notifier();
    n.show(note());
    expect(last().shown).toBe(true);
    expect(last().options).toMatchObject({ id: 'new:t1', title: 'New ticket #41', body: 'Printer on fire', silent: false });
    expect(last().options.sound).toBeUndefined();
    n.show(note({ tag: 'b', sound: false }));
    expect(last().options.silent).toBe(true);
  });

  it('gives an urgent notification its own sound on macOS, critical urgency elsewhere, and no sound when silenced', () => {
    notifier('darwin').show(note({ urgent: true }));
    expect(last().options).toMatchObject({ sound: 'Sosumi', silent: false });
    notifier('darwin').show(note({ tag: 'q', urgent: true, sound: false }));
    expect(last().options.sound).toBeUndefined();
    expect(last().options.silent).toBe(true);
    for (const os of ['win32', 'linux'] as const) {
      notifier(os).show(note({ tag: os, urgent: true }));
      expect(last().options).toMatchObject({ urgency: 'critical', silent: false });
      expect(last().options.sound).toBeUndefined();
    }
  });

  it.each(['darwin', 'win32'] as const)('offers Take and Snooze as buttons on %s and maps each back', (os) => {
    const n = notifier(os);
    n.show(note());
    expect(last().options.actions).toEqual([
      { type: 'button', text: 'Take' },
      { type: 'button', text: 'Snooze 10 min' },
    ]);
    last().pressAction(1);
    n.show(note({ tag: 'two', actions: [snooze, take] }));
    last().pressAction(1);
    expect(heard).toEqual([
      { tag: 'new:t1', ticketId: TICKET, action: 'snooze' },
      { tag: 'two', ticketId: TICKET, action: 'take' },
    ]);
  });

  it('offers no buttons on Linux (libnotify), where a click still opens', () => {
    const n = notifier('linux');
    n.show(note());
    expect(last().options.actions ?? []).toEqual([]);
    last().pressAction(0);
    expect(heard).toEqual([]);
    last().click();
    expect(heard).toEqual([{ tag: 'new:t1', ticketId: TICKET, action: 'open' }]);
  });

  it('replaces the notification of the same tag: the old one is closed first and is deaf afterwards', () => {
    const n = notifier();
    n.show(note({ title: '2 new tickets', ticketId: null }));
    const old = last();
    const closeOld = vi.spyOn(old, 'close');
    const showAny = vi.spyOn(Notification.prototype, 'show');
    n.show(note({ title: '3 new tickets', ticketId: null }));
    const fresh = last();
    expect(fresh).not.toBe(old);
    expect(old.closed).toBe(true);
    expect(closeOld.mock.invocationCallOrder[0]).toBeLessThan(showAny.mock.invocationCallOrder[0]!);
    expect(fresh.shown && !fresh.closed).toBe(true);
    old.click();
    expect(heard).toEqual([]);
    fresh.click();
    expect(heard).toEqual([{ tag: 'new:t1', ticketId: null, action: 'open' }]);
  });

  it('closes by tag, and a close of an unknown tag does nothing', () => {
    const n = notifier();
    n.show(note());
    n.show(note({ tag: 'other' }));
    n.close('new:t1');
    n.close('nothing');
    expect(Notification.instances.map((x) => x.closed)).toEqual([true, false]);
    expect(n.held()).toBe(1);
  });

  it('hears a click and an action once, then lets the notification go', () => {
    const n = notifier();
    n.show(note());
    last().click();
    last().click();
    expect(heard).toEqual([{ tag: 'new:t1', ticketId: TICKET, action: 'open' }]);
    expect(n.held()).toBe(0);
    n.show(note());
    last().pressAction(7);
    expect(heard).toHaveLength(1);
  });

  it('keeps the reference of a notification that timed out into the Action Center, not of one the user dismissed', () => {
    const n = notifier('win32');
    n.show(note());
    last().dismiss('timedOut');
    expect(n.held()).toBe(1);
    last().pressAction(0);
    expect(heard).toEqual([{ tag: 'new:t1', ticketId: TICKET, action: 'take' }]);
    n.show(note({ tag: 'gone' }));
    last().dismiss('userCanceled');
    expect(n.held()).toBe(0);
  });

  it('keeps at most `max` notifications: the oldest is closed to make room', () => {
    const n = notifier('darwin', 3);
    for (const t of ['a', 'b', 'c', 'd', 'e']) n.show(note({ tag: t }));
    expect(n.held()).toBe(3);
    expect(Notification.instances.map((x) => x.closed)).toEqual([true, true, false, false, false]);
    // Showing an existing tag again refreshes it, so it is not the next to go.
    n.show(note({ tag: 'c' }));
    n.show(note({ tag: 'f' }));
    expect(Notification.instances.filter((x) => !x.closed).map((x) => x.options.id)).toEqual(['e', 'c', 'f']);
  });

  it('shows nothing where the OS has no notifications', () => {
    Notification.supported = false;
    notifier().show(note());
    expect(Notification.instances).toEqual([]);
  });
});
