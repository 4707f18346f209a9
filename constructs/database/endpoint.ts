import { DatabaseId } from '../../catalogue/model';

/** How the stack reaches one database: resolved from the environment, secrets as `${var.…}` references. */
export interface DatabaseEndpoint {
  readonly id: DatabaseId;
  /** PostgreSQL database name, from the catalogue */
  readonly database: string;
  readonly host: string;
  readonly port: number;
  /** host and port as the Connect workers see them (differs from host/port in dev's docker network) */
  readonly connectHost: string;
  readonly connectPort: number;
  readonly sslmode: string;
  /** the CA's PEM file (verify-ca / verify-full), at the same path for the stack's clients and the workers */
  readonly sslRootCert?: string;
  /** who creates the capture role: the stack, or the platform before the deploy (environments/schema.ts) */
  readonly captureRole: 'stack' | 'platform';
  readonly adminUser: string;
  readonly adminPassword?: string;
  readonly capturePassword?: string;
  readonly sinkPassword?: string;
}
