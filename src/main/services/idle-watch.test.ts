// Idle time for presence, on a manual clock and a hand-set OS idle time: idle once the user crosses the
// threshold a window set, active again when input returns (the OS idle time drops), idle at once when the
// screen locks, and each window on its own threshold.
import { beforeEach, describe, expect, it } from 'vitest';
import { createManualClock, type ManualClock } from '../../shared/testing/manual-clock';
import { createIdleWatch, IDLE_POLL_MS, type IdleWatch } from './idle-watch';

let clock: ManualClock;
let osIdle: number;
let said: string[];
let watch: IdleWatch<string>;

beforeEach(() => {
  clock = createManualClock();
  osIdle = 0;
  said = [];
  watch = createIdleWatch<string>({
    clock,
    idleSeconds: () => osIdle,
    deliver: (w, e) => said.push(e.kind === 'idle' ? `${w} idle ${e.idleSeconds}` : `${w} active`),
  });
});

/** The user does nothing for `s` seconds (the OS idle time grows with the clock). */
async function quiet(s: number): Promise<void> {
  for (let left = s * 1000; left > 0; left -= 1000) {
    osIdle += 1;
    await clock.advance(1000);
  }
}

describe('idle watch', () => {
  it('polls only while a window watches, every 15 s', async () => {
    expect(clock.pendingTimers()).toEqual([]);
    watch.watch('w1', 5);
    expect(clock.pendingTimers()).toEqual([IDLE_POLL_MS]);
    watch.watch('w1', null);
    expect(clock.pendingTimers()).toEqual([]);
  });

  it('says idle once when the threshold is crossed, and active when input returns', async () => {
    watch.watch('w1', 5);
    await quiet(299);
    expect(said).toEqual([]);
    await quiet(30);
    expect(said).toEqual(['w1 idle 300']);
    await quiet(120);
    expect(said).toEqual(['w1 idle 300']);
    osIdle = 2; // a key press
    await clock.advance(IDLE_POLL_MS);
    expect(said).toEqual(['w1 idle 300', 'w1 active']);
    await clock.advance(IDLE_POLL_MS);
    expect(said).toHaveLength(2);
  });

  it('says nothing while the user keeps working', async () => {
    watch.watch('w1', 1);
    for (let i = 0; i < 40; i++) {
      osIdle = (i * 7) % 50;
      await clock.advance(IDLE_POLL_MS);
    }
    expect(said).toEqual([]);
  });

  it('keeps each window on its own threshold', async () => {
    watch.watch('a', 1);
    watch.watch('b', 3);
    await quiet(170);
    expect(said).toEqual(['a idle 60']);
    await quiet(15);
    expect(said).toEqual(['a idle 60', 'b idle 180']);
    watch.forget('a');
    osIdle = 0;
    await clock.advance(IDLE_POLL_MS);
    expect(said).toEqual(['a idle 60', 'b idle 180', 'b active']);
  });

  it('a window already idle past a new threshold hears it at the next poll', async () => {
    osIdle = 600;
    watch.watch('w1', 10);
    await clock.advance(IDLE_POLL_MS);
    expect(said).toEqual(['w1 idle 600']);
  });

  it('says idle at once when the screen locks, stays idle while locked, and active after unlock and input', async () => {
    watch.watch('w1', 30);
    osIdle = 3;
    watch.screenLocked();
    expect(said).toEqual(['w1 idle 3']);
    // Input on the lock screen (the password) is not the agent back at work.
    osIdle = 0;
    await clock.advance(IDLE_POLL_MS);
    await quiet(60);
    expect(said).toEqual(['w1 idle 3']);
    watch.screenLocked();
    expect(said).toHaveLength(1);
    osIdle = 1;
    watch.screenUnlocked();
    expect(said).toEqual(['w1 idle 3', 'w1 active']);
  });

  it('a window that starts watching while the screen is locked hears idle at once, and active at unlock', () => {
    osIdle = 40;
    watch.screenLocked();
    watch.watch('w1', 5);
    watch.watch('w1', 6);
    expect(said).toEqual(['w1 idle 40']);
    watch.screenUnlocked();
    watch.screenUnlocked();
    expect(said).toEqual(['w1 idle 40', 'w1 active']);
  });

  it('unlocking with nobody idle says nothing', () => {
    watch.watch('w1', 5);
    watch.screenUnlocked();
    watch.screenLocked();
    watch.forget('w1');
    watch.screenUnlocked();
    expect(said).toEqual(['w1 idle 0']);
  });

  it('says idle at once when the system sleeps; input after waking is the agent back', async () => {
    watch.watch('w1', 30);
    osIdle = 5;
    watch.systemSuspended();
    expect(said).toEqual(['w1 idle 5']);
    await quiet(30);
    osIdle = 1;
    await clock.advance(IDLE_POLL_MS);
    expect(said).toEqual(['w1 idle 5', 'w1 active']);
  });

  it('stops polling when disposed', async () => {
    watch.watch('w1', 1);
    watch.dispose();
    expect(clock.pendingTimers()).toEqual([]);
    await quiet(120);
    expect(said).toEqual([]);
  });
});
