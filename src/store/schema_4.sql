-- wxgo schema, version 4: the journal of runs that become many Webex API requests (issue 17):
-- a bulk device import, re-applying a licence template, a directory sync against a real
-- organisation. Each row's request is marked `sending` (committed) before it leaves, and `done`
-- or `failed` when Webex answered, so a run killed half-way and started again with the same
-- input continues where it stopped: `done` rows are skipped, `sending` rows (the answer never
-- came back) are checked against Webex before anything is sent again. No secret is kept here:
-- not the activation codes, not the request bodies.

CREATE TABLE api_runs (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id          INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,        -- "bulk device import", "re-apply licence template", ...
    input_hash      TEXT NOT NULL,        -- sha256 of the input and options: the same run again resumes
    label           TEXT NOT NULL DEFAULT '', -- the input as the admin named it (a file name, a template)
    rows            INTEGER NOT NULL DEFAULT 0,
    started_at      TEXT NOT NULL,
    finished_at     TEXT                  -- NULL while it runs, or when it was killed or cancelled
);
CREATE INDEX api_runs_open ON api_runs (org_id, kind, input_hash) WHERE finished_at IS NULL;

CREATE TABLE api_run_steps (
    run_id          INTEGER NOT NULL REFERENCES api_runs(id) ON DELETE CASCADE,
    key             TEXT NOT NULL,        -- the row: "line 12 ana@example.com", a user's email, ...
    state           TEXT NOT NULL CHECK (state IN ('sending', 'done', 'failed')),
    tracking_id     TEXT,                 -- Webex's trackingId of the answer
    detail          TEXT NOT NULL DEFAULT '', -- what was done, or why it failed (no secrets)
    at              TEXT NOT NULL,
    PRIMARY KEY (run_id, key)
) WITHOUT ROWID;
