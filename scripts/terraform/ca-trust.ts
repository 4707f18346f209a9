/**
 * The environment's Connect CA, trusted by the Terraform run. Mongey/kafka-connect 0.5.0 hands its
 * `tls_root_ca_file` to resty's default client, not to the client it calls Connect with, so the
 * provider ignores it and fails with "x509: certificate signed by unknown authority". Go adds the
 * certificates of every file in SSL_CERT_DIR to the system roots (the system bundle stays): the CA,
 * copied into a directory of its own under build/, is trusted by the providers of that run only.
 */
import { copyFileSync, mkdirSync } from 'fs';
import { join } from 'path';
import { EnvironmentConfig } from '../../environments/schema';

const ROOT = join(__dirname, '..', '..');

export function withConnectCaTrust(env: Pick<EnvironmentConfig, 'name' | 'connect'>, vars: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const ca = env.connect.caFile;
  if (!ca) return vars;
  const dir = join(ROOT, 'build', 'ca-trust', env.name);
  mkdirSync(dir, { recursive: true });
  copyFileSync(ca, join(dir, 'connect-ca.crt'));
  return { ...vars, SSL_CERT_DIR: [dir, vars.SSL_CERT_DIR ?? '/etc/ssl/certs'].join(':') };
}
