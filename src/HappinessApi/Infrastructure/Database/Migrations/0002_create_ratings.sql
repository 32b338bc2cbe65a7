CREATE TABLE ratings (
    invitation_id TEXT NOT NULL PRIMARY KEY REFERENCES invitations (id),
    rating TEXT NOT NULL CHECK (rating IN ('great', 'ok', 'not_good')),
    comment TEXT NULL,
    first_rated_at INTEGER NOT NULL,
    rated_at INTEGER NOT NULL
);

CREATE INDEX ix_ratings_rated_at ON ratings (rated_at DESC, invitation_id DESC);

CREATE TABLE rating_events (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    invitation_id TEXT NOT NULL REFERENCES invitations (id),
    rating TEXT NOT NULL CHECK (rating IN ('great', 'ok', 'not_good')),
    comment TEXT NULL,
    occurred_at INTEGER NOT NULL
);

CREATE INDEX ix_rating_events_invitation ON rating_events (invitation_id, id);
