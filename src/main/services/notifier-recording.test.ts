// The recording Notifier keeps the port's promises the Electron adapter keeps (notifier-electron.test.ts):
// one notification per tag, replaced in place; close by tag; a click or an offered action heard once.
import { describe, expect, it } from 'vitest';
import type { DesktopNotification } from '../../shared/desktop-api';
import { createRecordingNotifier } from './notifier-recording';
import type { NotifyActionEvent } from './notifier';

const note = (tag: string, title: string, actions: DesktopNotification['actions'] = []): DesktopNotification => ({ tag, title, body: '', ticketId: null, urgent: false, sound: true, actions });

describe('the recording notifier', () => {
  it('replaces by tag, closes by tag, and records both', () => {
    const n = createRecordingNotifier();
    n.show(note('a', '2 new tickets'));
    n.show(note('a', '3 new tickets'));
    n.show(note('b', 'Escalated'));
    n.close('b');
    n.close('nothing');
    expect(n.shown.map((x) => x.title)).toEqual(['2 new tickets', '3 new tickets', 'Escalated']);
    expect(n.closed).toEqual(['a', 'b']);
    expect([...n.current().values()].map((x) => x.title)).toEqual(['3 new tickets']);
  });

  it('hears a click once, and only actions the notification offered', () => {
    const n = createRecordingNotifier();
    const heard: NotifyActionEvent[] = [];
    const off = n.onAction((e) => heard.push(e));
    n.show(note('a', 'New ticket', [{ action: 'take', label: 'Take' }]));
    expect(n.click('a', 'snooze')).toBe(false);
    expect(n.click('a', 'take')).toBe(true);
    expect(n.click('a')).toBe(false);
    off();
    n.show(note('b', 'New ticket'));
    expect(n.click('b')).toBe(true);
    expect(heard).toEqual([{ tag: 'a', ticketId: null, action: 'take' }]);
  });
});
