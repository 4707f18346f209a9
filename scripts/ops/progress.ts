/**
 * Progress of a long command: a live block of lines on a terminal, plain timestamped lines
 * otherwise (CI logs, pipes). Written to stderr so stdout stays the command's result.
 */
export type ItemState = 'pending' | 'running' | 'done' | 'failed' | 'skipped';

export interface ProgressStream {
  write(text: string): unknown;
  readonly columns?: number;
}

interface Item {
  key: string;
  label: string;
  state: ItemState;
  detail: string;
  since: number;
  printedAt: number;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const SYMBOL: Record<ItemState, string> = { pending: '·', running: '', done: '✔', failed: '✖', skipped: '-' };
const WORD: Record<ItemState, string> = { pending: 'waiting', running: 'running', done: 'done', failed: 'FAILED', skipped: 'skipped' };

export class Progress {
  private readonly items: Item[] = [];
  private lines = 0;
  private frame = 0;
  private timer?: NodeJS.Timeout;
  private readonly started: number;

  constructor(
    private readonly stream: ProgressStream,
    readonly tty: boolean,
    private readonly now: () => number = Date.now,
    /** plain mode: repeat an unchanged running item's detail at most this often */
    private readonly plainEveryMs = 5_000,
  ) {
    this.started = now();
    if (tty) {
      this.timer = setInterval(() => {
        this.frame = (this.frame + 1) % FRAMES.length;
        if (this.items.some((i) => i.state === 'running')) this.render();
      }, 120);
      this.timer.unref();
    }
  }

  set(key: string, label: string, state: ItemState, detail = ''): void {
    let item = this.items.find((i) => i.key === key);
    const t = this.now();
    if (!item) {
      item = { key, label, state, detail, since: t, printedAt: -Infinity };
      this.items.push(item);
    } else {
      const changedState = item.state !== state;
      if (changedState) item.since = t;
      if (!changedState && item.detail === detail && item.label === label) return;
      if (!this.tty && !changedState && state === 'running' && t - item.printedAt < this.plainEveryMs) {
        item.detail = detail;
        return;
      }
      item.label = label;
      item.state = state;
      item.detail = detail;
    }
    if (this.tty) this.render();
    else {
      item.printedAt = t;
      const secs = ((t - this.started) / 1000).toFixed(1).padStart(6);
      this.stream.write(`[${secs}s] ${item.label}: ${WORD[item.state]}${item.detail ? ` — ${item.detail}` : ''}\n`);
    }
  }

  /** Stops the spinner, leaving the last frame on screen. */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.tty) this.render();
  }

  private render(): void {
    const width = Math.max(...this.items.map((i) => i.label.length));
    const cols = this.stream.columns ?? 120;
    const out: string[] = [];
    if (this.lines) out.push(`\x1b[${this.lines}F`);
    for (const i of this.items) {
      const sym = i.state === 'running' ? FRAMES[this.frame] : SYMBOL[i.state];
      const secs = i.state === 'running' ? ` (${Math.round((this.now() - i.since) / 1000)}s)` : '';
      const line = `${sym} ${i.label.padEnd(width)}  ${i.detail}${secs}`;
      out.push(`\x1b[2K${line.length > cols - 1 ? `${line.slice(0, cols - 2)}…` : line}\n`);
    }
    this.lines = this.items.length;
    this.stream.write(out.join(''));
  }
}
