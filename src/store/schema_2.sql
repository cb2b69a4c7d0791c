-- wxgo schema, version 2: failed activation attempts, for throttling guesses (issue 13.9).
-- One row per failed `phone activate`; rows older than the window are pruned as new ones come.

CREATE TABLE code_attempts (
    id              INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    org_id          INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    source          TEXT NOT NULL,        -- who tried: OS user and SSH client
    device_id       INTEGER REFERENCES devices(id) ON DELETE CASCADE, -- when the code was one of a device's
    reason          TEXT NOT NULL         -- malformed, unknown, used, superseded, revoked, expired
);
CREATE INDEX code_attempts_source ON code_attempts (org_id, source, at);
CREATE INDEX code_attempts_device ON code_attempts (device_id, at);
CREATE INDEX code_attempts_at ON code_attempts (org_id, at);
