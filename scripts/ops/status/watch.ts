/** `--watch`: repeats a report every interval until SIGINT or SIGTERM, one frame per report. */
import { Io } from '../io';

/**
 * A frame: one JSON line per report for machines; on a terminal the screen is redrawn; otherwise
 * reports follow each other with a separator line.
 */
export function frame(r: unknown, text: string, seconds: number, io: Pick<Io, 'isTTY'>, json: boolean): string {
  if (json) return JSON.stringify(r);
  if (io.isTTY) return `\x1b[2J\x1b[H${text}\n\n(every ${seconds}s; Ctrl-C to stop)`;
  return `${text}\n--- next in ${seconds}s`;
}

/** Runs `once` every `seconds` until interrupted; returns the exit code of the last report. */
export async function watch<R extends { readonly exitCode: number }>(once: () => Promise<R>, seconds: number, io: Io, text: (r: R) => string, json: boolean): Promise<number> {
  let last = 0;
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    while (!stopped) {
      const r = await once();
      last = r.exitCode;
      io.out(frame(r, text(r), seconds, io, json));
      const until = Date.now() + seconds * 1000;
      while (!stopped && Date.now() < until) await new Promise((res) => setTimeout(res, Math.min(200, until - Date.now())));
    }
  } finally {
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
  }
  return last;
}
