-- wxgo schema, version 3: the `webex` backend's cache of a real organisation (issue 16).
-- Every mirrored row keeps its Webex id and when it was synced; each resource keeps its sync
-- state and a note ("BroadWorks: not available to this token (403)"); a device keeps the raw
-- connectionStatus and error codes Webex gave. Local (demo) rows leave the new columns NULL.
--
-- `devices` is rebuilt (SQLite cannot change a CHECK constraint in place): its status may now be
-- 'unknown' (connectionStatus unknown or absent: never guessed), and a mirrored device may have
-- no subscription. wxgo runs this with foreign keys off and checks them afterwards, as SQLite's
-- "making other kinds of table schema changes" procedure says.

CREATE TABLE webex_orgs (
    org_id          INTEGER PRIMARY KEY REFERENCES orgs(id) ON DELETE CASCADE,
    webex_id        TEXT NOT NULL UNIQUE,
    synced_at       TEXT,                 -- when the last complete snapshot was taken
    sync_started_at TEXT                  -- set while a sync runs; left set by a sync that died
);

-- What the last sync learned about the sign-in itself (the person, their roles, why read-only).
CREATE TABLE webex_session (
    key             TEXT PRIMARY KEY,
    value           TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sync_state (
    org_id          INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    resource        TEXT NOT NULL,        -- people, licences, locations, devices, numbers, broadworks, audit
    state           TEXT NOT NULL CHECK (state IN ('ok', 'not_available', 'failed')),
    items           INTEGER NOT NULL DEFAULT 0,
    note            TEXT,
    synced_at       TEXT NOT NULL,
    PRIMARY KEY (org_id, resource)
) WITHOUT ROWID;

ALTER TABLE users ADD COLUMN webex_id TEXT;
ALTER TABLE users ADD COLUMN synced_at TEXT;
ALTER TABLE locations ADD COLUMN webex_id TEXT;
ALTER TABLE locations ADD COLUMN synced_at TEXT;
ALTER TABLE numbers ADD COLUMN webex_id TEXT;
ALTER TABLE numbers ADD COLUMN synced_at TEXT;
ALTER TABLE subscriptions ADD COLUMN synced_at TEXT;
ALTER TABLE bw_subscribers ADD COLUMN webex_id TEXT;
ALTER TABLE bw_subscribers ADD COLUMN synced_at TEXT;
ALTER TABLE audit ADD COLUMN webex_id TEXT;   -- an admin audit event of Webex, not wxgo's own entry
CREATE INDEX users_webex ON users (org_id, webex_id) WHERE webex_id IS NOT NULL;
CREATE INDEX audit_webex ON audit (org_id, webex_id) WHERE webex_id IS NOT NULL;

CREATE TABLE devices_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: an old id never names a new device
    org_id          INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    user_id         INTEGER NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE, -- one Webex Go line per user
    subscription_id TEXT REFERENCES subscriptions(id), -- local: exactly one pool; mirrored: when Webex says
    kind            TEXT NOT NULL CHECK (kind IN ('byod', 'mobile_operator')),
    status          TEXT NOT NULL CHECK (status IN ('activation_pending', 'online', 'offline', 'unknown')),
    number_id       INTEGER REFERENCES numbers(id),
    created_at      TEXT NOT NULL,
    changed_at      TEXT NOT NULL,
    webex_id        TEXT,                 -- the device's id in Webex
    connection_status TEXT,               -- as Webex gave it (activating, connected, ...), NULL when absent
    error_codes     TEXT NOT NULL DEFAULT '', -- Webex's errorCodes, comma separated
    synced_at       TEXT
);
INSERT INTO devices_new (id, org_id, user_id, subscription_id, kind, status, number_id, created_at, changed_at)
    SELECT id, org_id, user_id, subscription_id, kind, status, number_id, created_at, changed_at FROM devices;
-- Keep AUTOINCREMENT's high-water mark: a deleted device's id stays unused.
INSERT INTO sqlite_sequence (name, seq)
    SELECT 'devices_new', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'devices_new');
UPDATE sqlite_sequence
    SET seq = max(seq, coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'devices'), 0))
    WHERE name = 'devices_new';
DROP TABLE devices;
ALTER TABLE devices_new RENAME TO devices;
CREATE INDEX devices_org_status ON devices (org_id, status, id);
CREATE INDEX devices_subscription ON devices (subscription_id);
CREATE INDEX devices_webex ON devices (org_id, webex_id) WHERE webex_id IS NOT NULL;
CREATE INDEX locations_webex ON locations (org_id, webex_id) WHERE webex_id IS NOT NULL;
CREATE INDEX bw_webex ON bw_subscribers (org_id, webex_id) WHERE webex_id IS NOT NULL;
