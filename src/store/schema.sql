-- wxgo schema, version 1. Every entity of RULES.md lives here; later features fill in behaviour.

CREATE TABLE orgs (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE,
    country             TEXT NOT NULL,              -- ISO 3166 alpha-2 of the org's home
    suppress_emails     INTEGER NOT NULL DEFAULT 0, -- WG04
    smdp_address        TEXT NOT NULL,              -- WG07
    code_lifetime_days  INTEGER NOT NULL DEFAULT 90 CHECK (code_lifetime_days > 0), -- WG06
    go_countries        TEXT NOT NULL DEFAULT 'US,GB,FR', -- WG01, comma separated
    allowed_email_domains TEXT NOT NULL DEFAULT '', -- BroadWorks portal: empty = any
    created_at          TEXT NOT NULL
);

CREATE TABLE locations (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    country         TEXT NOT NULL,
    pstn_connected  INTEGER NOT NULL DEFAULT 1,
    UNIQUE (org_id, name)
);

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    email           TEXT NOT NULL COLLATE NOCASE,
    display_name    TEXT NOT NULL,
    location_id     INTEGER REFERENCES locations(id),
    work_phone      TEXT,                 -- as the directory gave it, possibly invalid (AL02)
    extension       TEXT,
    department      TEXT,                 -- directory group, for group licence templates
    calling_status  TEXT NOT NULL DEFAULT 'none'
                    CHECK (calling_status IN ('none', 'provisioned', 'not_provisioned')),
    calling_reason  TEXT,                 -- why not provisioned (AL02/AL04)
    voicemail       INTEGER NOT NULL DEFAULT 0, -- calling data that AL06 deletes for good
    calling_services TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    changed_at      TEXT NOT NULL,
    UNIQUE (org_id, email)
);
CREATE INDEX users_org_name ON users (org_id, display_name COLLATE NOCASE, id);
CREATE INDEX users_location ON users (location_id);

CREATE TABLE subscriptions (
    id              TEXT PRIMARY KEY,     -- Sub-1b7da88e-...
    org_id          INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    name            TEXT NOT NULL DEFAULT '',
    go_licences     INTEGER NOT NULL DEFAULT 0 CHECK (go_licences >= 0) -- the Webex Go pool
);

CREATE TABLE user_licences (
    user_id         INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    licence         TEXT NOT NULL,        -- calling_professional, calling_basic, meetings, messaging
    PRIMARY KEY (user_id, licence)
) WITHOUT ROWID;

CREATE TABLE operator_accounts (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    location_id     INTEGER NOT NULL REFERENCES locations(id),
    operator        TEXT NOT NULL,
    account_id      TEXT NOT NULL,        -- fixed once confirmed (MO01)
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'failed', 'authorized')),
    status_reason   TEXT,
    requested_at    TEXT NOT NULL,
    changed_at      TEXT NOT NULL,
    UNIQUE (org_id, operator, account_id)
);

CREATE TABLE numbers (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    location_id     INTEGER NOT NULL REFERENCES locations(id),
    e164            TEXT NOT NULL,
    kind            TEXT NOT NULL DEFAULT 'standard' CHECK (kind IN ('standard', 'mobile')),
    state           TEXT NOT NULL DEFAULT 'INACTIVE' CHECK (state IN ('ACTIVE', 'INACTIVE')),
    owner_user_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    owner_service   TEXT,                 -- e.g. "Auto attendant: Main line"
    is_primary      INTEGER NOT NULL DEFAULT 0,
    operator_account_id INTEGER REFERENCES operator_accounts(id),
    created_at      TEXT NOT NULL,
    UNIQUE (org_id, e164),
    CHECK (owner_user_id IS NULL OR owner_service IS NULL), -- at most one owner
    CHECK (is_primary = 0 OR owner_user_id IS NOT NULL)
);
CREATE UNIQUE INDEX numbers_one_primary ON numbers (owner_user_id) WHERE is_primary = 1;
CREATE INDEX numbers_owner ON numbers (owner_user_id);
CREATE INDEX numbers_org_e164 ON numbers (org_id, kind, e164);
CREATE INDEX numbers_free ON numbers (location_id, kind) WHERE owner_user_id IS NULL AND owner_service IS NULL;

CREATE TABLE devices (
    id              INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: an old id never names a new device
    org_id          INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    user_id         INTEGER NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE, -- one Webex Go line per user
    subscription_id TEXT NOT NULL REFERENCES subscriptions(id), -- the licence comes from exactly one pool
    kind            TEXT NOT NULL CHECK (kind IN ('byod', 'mobile_operator')),
    status          TEXT NOT NULL CHECK (status IN ('activation_pending', 'online', 'offline')),
    number_id       INTEGER REFERENCES numbers(id),
    created_at      TEXT NOT NULL,
    changed_at      TEXT NOT NULL
);
CREATE INDEX devices_org_status ON devices (org_id, status, id);
CREATE INDEX devices_subscription ON devices (subscription_id);

CREATE TABLE activation_codes (
    id              INTEGER PRIMARY KEY,
    device_id       INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    code_hash       TEXT NOT NULL UNIQUE, -- SHA-256 of the code; the code itself is never stored
    state           TEXT NOT NULL CHECK (state IN ('valid', 'superseded', 'used', 'revoked')),
    issued_at       TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    ended_at        TEXT
);
CREATE UNIQUE INDEX codes_one_valid ON activation_codes (device_id) WHERE state = 'valid';
CREATE INDEX codes_device ON activation_codes (device_id, id);

CREATE TABLE bw_templates (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    untrusted_emails INTEGER NOT NULL DEFAULT 0, -- BW01
    share_link      TEXT NOT NULL DEFAULT 'none', -- 'activation_link' for flow-through (BW01)
    default_package TEXT NOT NULL DEFAULT 'basic' CHECK (default_package IN ('softphone', 'basic', 'standard', 'premium')),
    UNIQUE (org_id, name)
);

CREATE TABLE bw_subscribers (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    template_id     INTEGER REFERENCES bw_templates(id),
    broadworks_user_id TEXT NOT NULL,
    provisioning_id TEXT NOT NULL,
    sp_enterprise_id TEXT NOT NULL,
    first_name      TEXT NOT NULL DEFAULT '',
    last_name       TEXT NOT NULL DEFAULT '',
    email           TEXT COLLATE NOCASE,
    primary_number  TEXT,
    extension       TEXT,
    package         TEXT NOT NULL CHECK (package IN ('softphone', 'basic', 'standard', 'premium')),
    status          TEXT NOT NULL CHECK (status IN ('pending_email_input', 'pending_email_validation',
                        'pending_user_migration', 'provisioning', 'provisioned', 'updating', 'error')),
    error_code      TEXT,
    error_description TEXT,
    self_activated  INTEGER NOT NULL DEFAULT 0,
    last_status_change TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    UNIQUE (org_id, broadworks_user_id)
);
CREATE INDEX bw_status ON bw_subscribers (org_id, status, broadworks_user_id);

CREATE TABLE licence_templates (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    scope           TEXT NOT NULL CHECK (scope IN ('org', 'group')),
    group_name      TEXT,
    grants_calling  INTEGER NOT NULL DEFAULT 0, -- grants Webex Calling Professional (AL03)
    licences        TEXT NOT NULL DEFAULT '',   -- other licences it grants, comma separated
    UNIQUE (org_id, name),
    CHECK (scope = 'org' OR group_name IS NOT NULL)
);

CREATE TABLE call_records (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    user_id         INTEGER REFERENCES users(id) ON DELETE SET NULL,
    start_time      TEXT NOT NULL,
    direction       TEXT NOT NULL,
    calling_number  TEXT,
    called_number   TEXT,
    duration_s      INTEGER NOT NULL DEFAULT 0,
    sub_client_type TEXT,                 -- MOBILE_NETWORK for Webex Go calls (WG15)
    correlation_id  TEXT
);
CREATE INDEX calls_user ON call_records (user_id, start_time);

CREATE TABLE audit (
    id              INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    org_id          INTEGER REFERENCES orgs(id) ON DELETE SET NULL,
    actor           TEXT NOT NULL,        -- OS user, or the outside party (phone, operator, portal)
    ssh_client      TEXT,
    action          TEXT NOT NULL,
    object          TEXT NOT NULL,
    outcome         TEXT NOT NULL,
    details         TEXT NOT NULL DEFAULT '' -- never an activation code
);
CREATE INDEX audit_object ON audit (object, id);
