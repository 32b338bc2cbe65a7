-- Counts per UTC hour (minutes = 60) and quarter hour (minutes = 15), kept up to date in the transaction that
-- changes a rating or adds an invitation. Each rating and invitation is counted in four scopes: in total, per
-- team, per agent and per agent and team, so that a report reads only the rows of the one scope it asks about.
-- Columns a scope does not split by hold ''. A team is stored as 't:' followed by its name, and a missing team as
-- '', so the two can never meet. The slot is the span's number since the Unix epoch.
CREATE TABLE report_slots (
    scope TEXT NOT NULL CHECK (scope IN ('all', 'team', 'agent', 'agent_team')),
    minutes INTEGER NOT NULL CHECK (minutes IN (15, 60)),
    agent_id TEXT NOT NULL,
    team_key TEXT NOT NULL,
    slot INTEGER NOT NULL,
    great INTEGER NOT NULL DEFAULT 0,
    ok INTEGER NOT NULL DEFAULT 0,
    not_good INTEGER NOT NULL DEFAULT 0,
    invitations INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scope, minutes, agent_id, team_key, slot)
) WITHOUT ROWID;

-- Which customers rated (counted ratings, by rated_at) or were invited (by created_at) in a UTC day
-- (minutes = 1440) or hour (minutes = 60), as HyperLogLog registers in the same four scopes. A period reads whole
-- days, then the whole hours at its ends, so a local day that starts at 23:00 UTC costs 24 small reads.
-- The bucket is the span's number since the Unix epoch.
CREATE TABLE customer_sketches (
    kind TEXT NOT NULL CHECK (kind IN ('rated', 'invited')),
    scope TEXT NOT NULL,
    agent_id TEXT NOT NULL,
    team_key TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes IN (60, 1440)),
    bucket INTEGER NOT NULL,
    registers BLOB NOT NULL,
    PRIMARY KEY (kind, scope, minutes, agent_id, team_key, bucket)
) WITHOUT ROWID;

-- The name each agent was last invited under, for the per-agent report.
CREATE TABLE report_agents (
    agent_id TEXT NOT NULL PRIMARY KEY,
    agent_name TEXT NOT NULL,
    named_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Set once the tables above hold everything that was stored before they existed.
CREATE TABLE report_aggregate_builds (
    version INTEGER NOT NULL PRIMARY KEY,
    built_at INTEGER NOT NULL
);

CREATE INDEX ix_invitations_created_at ON invitations (created_at);
