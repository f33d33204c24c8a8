// A counting semaphore with a bounded queue: past `max` holders and `maxWaiting` waiters, acquire()
// refuses at once instead of queueing without bound.
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly max: number,
    private readonly maxWaiting: number,
  ) {}

  /** Resolves with the slot's release function; null when every slot is held and the queue is full. */
  acquire(): Promise<() => void> | null {
    if (this.active < this.max) {
      this.active++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.maxWaiting) return null;
    return new Promise((resolve) => this.waiting.push(() => resolve(this.releaser())));
  }

  get inUse(): number {
    return this.active;
  }

  /** Releasing hands the slot to the next waiter (the count stays); a second call does nothing. */
  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
  }
}
