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
  readonly adminUser: string;
  readonly adminPassword?: string;
  readonly capturePassword?: string;
  readonly sinkPassword?: string;
}
