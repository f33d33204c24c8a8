// The limits in front of sign-in, where every attempt costs a deliberately slow scrypt hash:
// - per client address: attempts in a window, successful ones given back, so a shift signing in behind one
//   NAT is not cut off while a flood of guessed e-mails from one address is;
// - per address and e-mail: every attempt (guessing one account's password);
// - at most `concurrentHashes` hashes at once, a short queue behind them, and a quick "busy" beyond it,
//   so a flood cannot pile up memory (16 MiB per scrypt) or starve the thread pool.
import { RateLimiter } from './rate-limit';
import { Semaphore } from './semaphore';

export interface LoginGateOptions {
  attemptsPerAddress: number;
  attemptsPerEmail: number;
  windowMs: number;
  concurrentHashes: number;
  queuedHashes: number;
  now?: () => number;
}

export interface LoginRefusal {
  status: 429;
  code: 'rate_limited';
  retryAfterSeconds: number;
}

export class LoginGate {
  private readonly perAddress: RateLimiter;
  private readonly perEmail: RateLimiter;
  private readonly hashing: Semaphore;

  constructor(opts: LoginGateOptions) {
    this.perAddress = new RateLimiter(opts.attemptsPerAddress, opts.windowMs, opts.now);
    this.perEmail = new RateLimiter(opts.attemptsPerEmail, opts.windowMs, opts.now);
    this.hashing = new Semaphore(opts.concurrentHashes, opts.queuedHashes);
  }

  /** Counts an attempt; a refusal when the address, or this e-mail from it, is over its limit. */
  admit(address: string, email: string): LoginRefusal | null {
    const wait = Math.max(this.perAddress.hit(address), this.perEmail.hit(`${address}|${email}`));
    return wait > 0 ? { status: 429, code: 'rate_limited', retryAfterSeconds: wait } : null;
  }

  /** The attempt does not count against the address (it succeeded, or never got to hash); with an e-mail, nor against that. */
  forgive(address: string, opts: { email: string | null }): void {
    this.perAddress.refund(address);
    if (opts.email !== null) this.perEmail.refund(`${address}|${opts.email}`);
  }

  /** Runs `fn` in a hashing slot, after a short wait at most; null at once when the queue is full. */
  hash<T>(fn: () => Promise<T>): Promise<T> | null {
    const slot = this.hashing.acquire();
    if (!slot) return null;
    return slot.then(async (release) => {
      try {
        return await fn();
      } finally {
        release();
      }
    });
  }

  get hashesInUse(): number {
    return this.hashing.inUse;
  }
}
