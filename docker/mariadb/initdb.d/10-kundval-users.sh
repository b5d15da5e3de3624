#!/bin/bash
# Creates Kundval's migration and runtime users (../kundval-users.sql) at the MariaDB container's
# first start, i.e. when its data volume is empty. The image's entrypoint sources this file (it is
# not executable), which gives it docker_process_sql, connected as root to the new server.
# Passwords come from the environment; single quotes and backslashes are escaped for SQL.

kundval_sql_escape() {
    local value=${1//\\/\\\\}
    printf '%s' "${value//\'/\'\'}"
}

kundval_users_sql() {
    # In bash 5.2 an & in a replacement would stand for the match; passwords are taken literally.
    shopt -u patsub_replacement 2> /dev/null || true
    local sql name value
    sql=$(< /etc/kundval/kundval-users.sql)
    for name in KUNDVAL_DB_NAME KUNDVAL_DB_CLIENT_HOST KUNDVAL_DB_USER KUNDVAL_DB_PASSWORD \
        KUNDVAL_DB_MIGRATION_USER KUNDVAL_DB_MIGRATION_PASSWORD; do
        if [ -z "${!name:-}" ]; then
            echo "10-kundval-users.sh: $name is not set" >&2
            return 1
        fi
        value=$(kundval_sql_escape "${!name}")
        sql=${sql//"\${$name}"/$value}
    done
    printf '%s\n' "$sql"
}

kundval_users_sql | docker_process_sql
