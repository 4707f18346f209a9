# shellcheck shell=bash
# The secured, prod-shaped profile of the local runtime: sourced by scripts/local-runtime.sh when it
# runs with --secure (or SMART_CDC_PROFILE=secure). Only what differs from the local profile is here:
# the test CA and certificates, the generated passwords, the SCRAM users, the platform's ACLs, the
# PostgreSQL TLS settings and the TLS-aware health checks. Starting, waiting for and stopping the
# engines is the local runtime's own code, run once per broker and per worker.
#
# Nothing here is ever printed or put on a command line: passwords live in $STATE/secrets (one file
# each, mode 600) and reach the engines through config providers, files of mode 600 or stdin.

# The principals of the platform. `admin` is the only super user (and the brokers' own identity);
# `smart-cdc` is the stack's deploy principal (environments/shared.ts kafka.security.username),
# `smart-cdc-connect` the Connect workers', `smart-cdc-operators` the operators' (dead-letter triage).
SCRAM_USERS=(admin smart-cdc smart-cdc-connect smart-cdc-operators)
CONNECT_GROUP=smart-cdc-secure          # the Connect cluster: group.id, and the prefix of its internal topics
CONNECT_REST_USER=smart-cdc             # environments/shared.ts connect.username
PG_ADMIN_USER=smart_cdc_admin           # environments/shared.ts databases.*.adminUser
TLS_DAYS=30

secret() { echo "$STATE/secrets/$1"; }
# Kafka's tools echo a SCRAM setting they cannot parse, password included: never into a log.
mask_passwords() { sed -E 's/(password=)[^],;" ]*/\1<hidden>/g'; }

# Passwords (once), the test CA and certificates (again when they are within a day of expiring),
# and the files that hand the passwords to the engines and to the admin tools.
secure_prepare() {
  mkdir -p "$STATE/secrets"; chmod 700 "$STATE/secrets"
  local u
  for u in "${SCRAM_USERS[@]}"; do new_secret "$(secret "kafka-$u")"; done
  new_secret "$(secret tls-store)"
  new_secret "$(secret "postgres-$PG_ADMIN_USER")"
  new_secret "$(secret "connect-$CONNECT_REST_USER")"
  # the supervisor connector restarts failed connectors with the REST password: connectors' secret too
  (umask 077; cp "$(secret "connect-$CONNECT_REST_USER")" "$CONNECTOR_SECRETS/connect_password")
  # the workers' own passwords, apart: connectors can name the workers' config providers too
  (umask 077; mkdir -p "$STATE/connect/worker-secrets"
    cp "$(secret kafka-smart-cdc-connect)" "$(secret tls-store)" "$STATE/connect/worker-secrets/")
  secure_tls
  secure_client_files
}

# A test CA and two key pairs signed by it, both for 127.0.0.1 and localhost: the Kafka nodes' (server
# and client: mutual TLS between controllers and brokers) and the other servers' (Connect REST,
# PostgreSQL). PKCS12 stores for the JVMs; PEM for PostgreSQL and for clients (ca.crt).
secure_tls() {
  local dir="$STATE/tls" f valid=1
  if [ -f "$dir/.complete" ]; then
    for f in ca kafka-node server; do openssl x509 -checkend 86400 -noout -in "$dir/$f.crt" >/dev/null || valid=0; done
    [ "$valid" = 0 ] || return 0
    log "test certificates expire within a day: issuing new ones"
  fi
  rm -rf "$dir"; mkdir -p "$dir"; chmod 700 "$dir"
  local pass="file:$STATE/secrets/tls-store" tlslog="$STATE/logs/tls.log"
  log "issuing the test CA and certificates into $dir"
  (
    cd "$dir" && umask 077
    openssl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days "$TLS_DAYS" -keyout ca.key -out ca.crt \
      -subj "/O=SMART CDC secure profile/CN=SMART CDC test CA" \
      -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
    issue() {  # name subject extendedKeyUsage
      openssl req -new -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.csr" -subj "$2"
      openssl x509 -req -in "$1.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days "$TLS_DAYS" -sha256 -out "$1.crt" \
        -extfile <(printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=%s\n' "$3")
      openssl pkcs12 -export -in "$1.crt" -inkey "$1.key" -certfile ca.crt -name "$1" -out "$1.p12" -passout "$pass"
      rm -f "$1.csr"
    }
    # the nodes' identity on the controller listener: mapped to the admin principal (server.properties)
    issue kafka-node /CN=smart-cdc-kafka-node serverAuth,clientAuth
    issue server "/O=SMART CDC secure profile/CN=localhost" serverAuth
    "${JAVA%java}keytool" -importcert -noprompt -alias smart-cdc-test-ca -file ca.crt -keystore truststore.p12 \
      -storetype PKCS12 -storepass:file "$(secret tls-store)"
    chmod 644 ca.crt
  ) >"$tlslog" 2>&1 || fail "issuing the test certificates failed" "$tlslog"
  touch "$dir/.complete"
}

# The admin tools' client settings (Kafka: admin over SASL_SSL), and Connect REST's users (JAAS).
secure_client_files() {
  (
    umask 077
    cat >"$STATE/kafka.admin.properties.tmp" <<EOF
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$(cat "$(secret kafka-admin)")";
ssl.truststore.type=PKCS12
ssl.truststore.location=$STATE/tls/truststore.p12
ssl.truststore.password=$(cat "$(secret tls-store)")
EOF
    mkdir -p "$STATE/kafka" "$STATE/connect"
    mv -f "$STATE/kafka.admin.properties.tmp" "$STATE/kafka/admin.properties"
    printf '%s=%s\n' "$CONNECT_REST_USER" "$(cat "$(secret "connect-$CONNECT_REST_USER")")" >"$STATE/connect/rest-users.properties"
    cat >"$STATE/connect/rest-jaas.conf" <<EOF
KafkaConnect {
  org.apache.kafka.connect.rest.basic.auth.extension.PropertyFileLoginModule required
  file="$STATE/connect/rest-users.properties";
};
EOF
    # The workers' JVM trusts the test CA, as a platform installs its CA in the workers' trust store:
    # what connectors open themselves (the pipeline supervisor's calls to the REST API over https)
    # uses it. An argument file of the java launcher, so the store's password is on no command line.
    printf '%s\n' "-Djavax.net.ssl.trustStore=$STATE/tls/truststore.p12" -Djavax.net.ssl.trustStoreType=PKCS12 \
      "-Djavax.net.ssl.trustStorePassword=$(cat "$(secret tls-store)")" >"$STATE/connect/jvm-trust.args"
  )
}

# For the java launcher's argument file of `kafka-storage format` (kafka_start): every SCRAM user.
scram_format_args() {
  local u
  for u in "${SCRAM_USERS[@]}"; do
    printf -- '--add-scram\nSCRAM-SHA-512=[name=%s,password=%s]\n' "$u" "$(cat "$(secret "kafka-$u")")"
  done
}

# `user NAME`: a SCRAM user with no ACL (the smoke test's unknown principal, and any other), created
# or given a new password by the admin. The password goes through a file, never a command line.
cmd_user() {
  local name=$1
  [[ $name =~ ^[a-z][a-z0-9-]*$ ]] || die "user: need a name of lower-case letters, digits and '-'"
  check_java; require_installed
  new_secret "$(secret "kafka-$name")"
  local cfg="$STATE/kafka/user-$name.config" ulog="$STATE/logs/user-$name.log"
  # a properties file: no brackets around the value (those are --add-config's syntax)
  (umask 077; printf 'SCRAM-SHA-512=password=%s\n' "$(cat "$(secret "kafka-$name")")" >"$cfg")
  kafka_tool kafka.admin.ConfigCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" --command-config <(admin_config) \
    --alter --entity-type users --entity-name "$name" --add-config-file "$cfg" 2>&1 | mask_passwords >"$ulog" \
    || { rm -f "$cfg"; fail "creating the SCRAM user $name failed" "$ulog"; }
  rm -f "$cfg"
  log "SCRAM user $name: password in $(secret "kafka-$name")"
}

# What the platform grants, as an admin would before the stack is ever deployed (once per cluster):
# - the deploy principal `smart-cdc`: Cluster Alter (create and delete ACLs, SCRAM credentials) and
#   Describe (describe ACLs, SCRAM users and the cluster); on the pipeline's topic prefixes only
#   (smart. and __debezium-heartbeat.smart.) Create, Delete, Alter, AlterConfigs, Describe and
#   DescribeConfigs; Describe on the pipeline's consumer groups (status reads their offsets). No Read
#   or Write on any topic: the data is Connect's and the operators'. Cluster Alter lets it grant
#   itself more; that is what "it manages ACLs" means, and why the credential is the deploy's alone.
# - the Connect workers' `smart-cdc-connect`: its cluster's own internal topics (prefix
#   _smart-cdc-secure-: Create, Describe, DescribeConfigs, Read, Write) and group (Read, Describe).
#   The pipeline's topics and connector groups are granted by the stack (StreamingLayer), not here.
secure_platform_acls() {
  local done="$STATE/kafka/platform-acls.done" alog="$STATE/logs/platform-acls.log"
  [ -f "$done" ] && return
  log "granting the platform's ACLs (deploy principal, Connect workers)"
  : >"$alog"
  acl() { kafka_tool org.apache.kafka.tools.AclCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
    --command-config <(admin_config) --add "$@" >>"$alog" 2>&1 || fail "granting ACLs failed" "$alog"; }
  acl --allow-principal User:smart-cdc --cluster --operation Alter --operation Describe
  acl --allow-principal User:smart-cdc --resource-pattern-type prefixed --topic smart. --topic __debezium-heartbeat.smart. \
    --operation Create --operation Delete --operation Alter --operation AlterConfigs --operation Describe --operation DescribeConfigs
  acl --allow-principal User:smart-cdc --resource-pattern-type prefixed --group connect-smart-cdc- --group smart-cdc- --operation Describe
  acl --allow-principal User:smart-cdc-connect --resource-pattern-type prefixed --topic "_$CONNECT_GROUP-" \
    --operation Create --operation Describe --operation DescribeConfigs --operation Read --operation Write
  acl --allow-principal User:smart-cdc-connect --group "$CONNECT_GROUP" --operation Read --operation Describe
  touch "$done"
}

# PostgreSQL: TLS on (the server key pair of the test CA, in a copy the postgres user owns), and TCP only
# with TLS and a password; the unix socket in the state dir (mode 700) is the runtime's way in.
pg_secure_conf() {  # data dir
  local data=$1 tls="$STATE/pg/tls"
  mkdir -p "$tls"; cp "$STATE/tls/server.crt" "$STATE/tls/server.key" "$tls/"
  chmod 700 "$tls"; chmod 600 "$tls/server.key"; own_pg "$tls" "$tls/server.crt" "$tls/server.key"
  cat >>"$data/smart-cdc.conf" <<EOF
ssl = on
ssl_cert_file = '$tls/server.crt'
ssl_key_file = '$tls/server.key'
ssl_min_protocol_version = 'TLSv1.2'
password_encryption = 'scram-sha-256'
EOF
  cat >"$data/pg_hba.conf" <<EOF
local      all          postgres                trust
hostssl    all          all        127.0.0.1/32 scram-sha-256
hostssl    replication  all        127.0.0.1/32 scram-sha-256
hostnossl  all          all        0.0.0.0/0    reject
hostnossl  replication  all        0.0.0.0/0    reject
EOF
}

# The stack's admin role (environments/shared.ts adminUser), as a managed PostgreSQL gives it: not a
# superuser; it owns the database and may create roles and replicate. Its password comes on stdin.
pg_secure_admin() {  # port database
  psql -q -v ON_ERROR_STOP=1 -h "$PG_ADMIN_HOST" -p "$1" -U postgres -d postgres >/dev/null <<EOF
SELECT format('CREATE ROLE %I', '$PG_ADMIN_USER') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$PG_ADMIN_USER') \gexec
ALTER ROLE $PG_ADMIN_USER LOGIN CREATEROLE REPLICATION PASSWORD '$(cat "$(secret "postgres-$PG_ADMIN_USER")")';
ALTER DATABASE $2 OWNER TO $PG_ADMIN_USER;
EOF
}

pg_tls_conninfo() {  # port: as the stack reaches it (no password: pg_isready needs none)
  echo "host=127.0.0.1 port=$1 dbname=postgres user=$PG_ADMIN_USER sslmode=verify-full sslrootcert=$STATE/tls/ca.crt"
}

# A TLS handshake whose certificate chain and IP address check out against the test CA.
tls_answers() {  # port
  openssl s_client -connect "127.0.0.1:$1" -CAfile "$STATE/tls/ca.crt" -verify_ip 127.0.0.1 -verify_return_error \
    </dev/null >/dev/null 2>&1
}

# GET over HTTPS (CA checked) with the REST user's password, handed to curl on stdin.
connect_secure_get() {  # port path
  printf 'user = "%s:%s"\n' "$CONNECT_REST_USER" "$(cat "$(secret "connect-$CONNECT_REST_USER")")" |
    curl -fsS --max-time 5 --cacert "$STATE/tls/ca.crt" -K - "https://127.0.0.1:$1$2"
}

secure_endpoints() {
  local i list=""
  for i in "${!KAFKA_PORTS[@]}"; do list+="${list:+,}127.0.0.1:${KAFKA_PORTS[$i]}"; done
  echo "postgres-warehouse  $(pg_url "$WAREHOUSE_PORT" smart_warehouse)"
  echo "postgres-citizen    $(pg_url "$CITIZEN_PORT" smart_citizen)"
  echo "kafka               $list (SASL_SSL, SCRAM-SHA-512; admin client settings: $STATE/kafka/admin.properties)"
  for i in "${!CONNECT_PORTS[@]}"; do echo "kafka-connect-$((i + 1))     $(connect_url "${CONNECT_PORTS[$i]}") user $CONNECT_REST_USER"; done
  echo "ca                  $STATE/tls/ca.crt"
  echo "secrets             $STATE/secrets (one file per password, mode 600)"
  echo "memory              $(profile_rss_mb) MB resident (every engine and its child processes)"
}

# Resident memory of the profile: every engine the runtime started, with its child processes.
profile_rss_mb() {
  local f pid kb=0
  for f in "$STATE"/run/*.pid; do
    [ -f "$f" ] || continue
    pid="$(cat "$f")"; running "$pid" || continue
    # shellcheck disable=SC2046  # the children, one argument each
    kb=$((kb + $(ps -o rss= -p "$pid" $(pgrep -P "$pid" | tr '\n' ' ') | awk '{s += $1} END {print s + 0}')))
  done
  echo $((kb / 1024))
}
