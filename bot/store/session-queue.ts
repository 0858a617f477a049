// One input per session at a time within this process, in arrival order. The database serializes
// a session across instances; this queue keeps an instance's own inputs from each taking a
// connection only to wait on the same lock, and gives up on a session busy for too long.
import { SessionBusy } from "./session-store.ts";

export class SessionQueue {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly waitMs: number) {}

  /** Runs `task` once every earlier task of `sessionId` has finished; SessionBusy after waiting `waitMs`. */
  async run<T>(sessionId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(sessionId) ?? Promise.resolve();
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    // The next task waits for this one and, should this one give up waiting, still for the one before.
    const tail = previous.then(() => finished);
    this.tails.set(sessionId, tail);
    try {
      await this.waitFor(previous, sessionId);
      return await task();
    } finally {
      finish();
      if (this.tails.get(sessionId) === tail) this.tails.delete(sessionId);
    }
  }

  private waitFor(previous: Promise<void>, sessionId: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SessionBusy(sessionId)), this.waitMs);
    });
    return Promise.race([previous, timeout]).finally(() => clearTimeout(timer));
  }
}
