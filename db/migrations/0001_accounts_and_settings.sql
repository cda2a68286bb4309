-- Accounts of the office's staff and the program's settings.
-- Timestamps are ISO 8601 UTC text ('2023-01-10T09:30:00Z'); dates are ISO 'YYYY-MM-DD'.

CREATE TABLE app_user (
    id @ID@,
    login VARCHAR(64) NOT NULL UNIQUE CHECK (length(login) BETWEEN 2 AND 64),
    full_name TEXT NOT NULL CHECK (length(full_name) > 0),
    role VARCHAR(8) NOT NULL CHECK (role IN ('clerk', 'manager', 'admin', 'auditor')),
    password_hash TEXT NOT NULL,
    active SMALLINT NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until TEXT,
    created_at TEXT NOT NULL,
    password_changed_at TEXT
);

CREATE TABLE settings (
    key VARCHAR(64) PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
