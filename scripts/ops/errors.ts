/**
 * Errors the operations CLI reports as one line, never as a stack trace.
 *
 * - {@link UsageError}: bad input (unknown command, flag, environment, flow, table) → exit 64.
 * - {@link ConfigurationError}: the environment cannot be used as configured (missing TF_VAR_ secret) → exit 64.
 * - {@link OpsError}: a command could not do its job (unreachable endpoint, refused repair) → exit 1.
 */

/** sysexits.h EX_USAGE: the command line was wrong. */
export const EXIT_USAGE = 64;

export class OpsError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'OpsError';
  }
}

/** The environment's configuration is unusable here (a secret not set, an invalid file) → exit 64. */
export class ConfigurationError extends OpsError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
    this.name = 'ConfigurationError';
  }
}

export class UsageError extends OpsError {
  constructor(message: string, readonly helpFor?: string) {
    super(message, EXIT_USAGE);
    this.name = 'UsageError';
  }
}

type ErrorLike = { message?: string; code?: string; cause?: unknown; errors?: unknown[]; errno?: number; name?: string; syscall?: string; hostname?: string; apiId?: string };

/** Network error codes (Node, pg, the Kafka client, undici) in words. */
const NETWORK: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found (DNS)',
  EAI_AGAIN: 'host not found (DNS temporarily unavailable)',
  ETIMEDOUT: 'timed out',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed',
  UND_ERR_CONNECT_TIMEOUT: 'timed out connecting',
  UND_ERR_HEADERS_TIMEOUT: 'timed out waiting for an answer',
  CERT_HAS_EXPIRED: 'TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host name',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate is signed by a CA this client does not trust (set the CA file)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate is signed by a CA this client does not trust (set the CA file)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'TLS certificate is signed by a CA this client does not trust (set the CA file)',
  CERT_NOT_YET_VALID: 'TLS certificate is not valid yet',
};

/** PostgreSQL SQLSTATEs worth naming (the server's message follows). */
const SQLSTATE: Record<string, string> = {
  '28P01': 'authentication failed',
  '28000': 'not authorized',
  '3D000': 'database does not exist',
  '42501': 'permission denied',
  '53300': 'too many connections',
  '57P03': 'server is starting up or shutting down',
};

/**
 * The first value `pick` finds in an error or the errors nested in it, breadth first through `cause`
 * chains and the `errors` of aggregate errors (the Kafka client nests "cannot connect to any broker"
 * → per broker → the socket error, and "response with error" → each of the broker's errors).
 */
function findNested<T>(e: ErrorLike, pick: (x: ErrorLike) => T | undefined): T | undefined {
  const queue: ErrorLike[] = [e];
  for (let i = 0; i < queue.length && i < 50; i++) {
    const found = pick(queue[i]);
    if (found !== undefined) return found;
    for (const next of [queue[i].cause, ...(Array.isArray(queue[i].errors) ? queue[i].errors! : [])]) if (next && typeof next === 'object') queue.push(next as ErrorLike);
  }
  return undefined;
}

/** The first error carrying a network code; the error itself when there is none. */
const rootCause = (e: ErrorLike): ErrorLike => findNested(e, (x) => (x.code && NETWORK[x.code] ? x : undefined)) ?? e;

/**
 * What the Kafka client's nested errors say: the broker's error (its message and Kafka's name for it,
 * e.g. "Topic authorization failed (TOPIC_AUTHORIZATION_FAILED)") or a failed SASL login, rather than
 * the wrapper's "Received response with error while executing API …".
 */
const kafkaCause = (e: ErrorLike): string | undefined =>
  findNested(e, (x) => {
    if (!x.message) return undefined;
    if (x.apiId) return `${x.message.replace(/\.$/, '')} (${x.apiId})`;
    return x.code === 'PLT_KFK_AUTHENTICATION' ? x.message.replace(/\.$/, '') : undefined;
  });

/** One line describing why talking to an endpoint failed: no stack, no multi-line traces. */
export function describeError(e: unknown): string {
  if (e === null || e === undefined) return 'unknown error';
  if (typeof e !== 'object') return String(e).split('\n')[0];
  const err = e as ErrorLike;
  if (err instanceof OpsError) return err.message;
  const root = rootCause(err);
  if (root.code && NETWORK[root.code]) return NETWORK[root.code];
  const kafka = kafkaCause(err);
  if (kafka) return kafka;
  const msg = (err.message ?? String(e)).split('\n')[0].trim();
  if (/client password must be a string/i.test(msg)) return 'the server asks for a password and none is configured';
  if (/timeout expired|Connection terminated due to connection timeout/i.test(msg)) return 'timed out connecting';
  if (/Connection terminated unexpectedly/i.test(msg)) return 'the server closed the connection';
  if (/The operation was aborted due to timeout|TimeoutError/i.test(msg) || err.name === 'TimeoutError') return 'timed out waiting for an answer';
  if (err.code && SQLSTATE[err.code]) return msg || SQLSTATE[err.code];
  const k = /Connection error: (.*)|connect (E[A-Z]+)/.exec(msg);
  if (k) {
    const code = /(E[A-Z]+)/.exec(msg)?.[1];
    if (code && NETWORK[code]) return NETWORK[code];
  }
  if (/fetch failed/.test(msg)) return 'request failed';
  return msg || err.name || 'unknown error';
}
