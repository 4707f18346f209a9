/** Names and markers of the stack's objects in Ranger that are not derived from the catalogue. */
import { EnvironmentConfig } from '../../environments/schema';

/** The custom service definition; global in a Ranger Admin, so not per environment. */
export const POSTGRES_SERVICE_DEF = 'smart-cdc-postgres';
/** Ranger's built-in Kafka service definition. */
export const KAFKA_SERVICE_DEF = 'kafka';
/** Ranger's group of every user. */
export const PUBLIC_GROUP = 'public';
/** Marker in the description of what the stack owns; `destroy` removes only marked services. */
export const OWNER_MARKER = 'managed by the smart-cdc stack';
/**
 * Service config password value Ranger Admin treats as "keep the stored password" on update: the
 * stack never ships a lookup password, an operator may set one in Ranger and it survives applies.
 */
export const HIDDEN_PASSWORD = '*****';

/**
 * The Kafka principal of the Connect workers, as Ranger names users (no `User:`). Where the
 * environment sets Kafka ACLs it is that principal; otherwise the stack's conventional name (on a
 * PLAINTEXT listener Kafka sees every client as ANONYMOUS, so topic policies only bite where
 * SASL or mTLS identifies Connect).
 */
export function connectPrincipal(env: EnvironmentConfig): string {
  return (env.kafka.acls?.connectPrincipal ?? 'User:smart-cdc-connect').replace(/^User:/, '');
}
