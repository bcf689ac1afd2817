#!/bin/bash
# First start of the PostgreSQL container only: one database per service, each owned by its own login, which no other
# service knows. The passwords come from the container's environment (compose.yaml, from .env).
set -euo pipefail

database() {
  local name=$1 password=$2
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       --set=name="$name" --set=password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE CONNECT ON DATABASE :"name" FROM PUBLIC;
SQL
}

database booking "$BOOKING_DB_PASSWORD"
database records "$RECORDS_DB_PASSWORD"
database notification "$NOTIFICATION_DB_PASSWORD"
database billing "$BILLING_DB_PASSWORD"
database gateway "$GATEWAY_DB_PASSWORD"
database keycloak "$KEYCLOAK_DB_PASSWORD"
