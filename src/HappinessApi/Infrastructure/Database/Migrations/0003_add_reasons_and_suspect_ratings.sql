ALTER TABLE ratings ADD COLUMN suspect INTEGER NOT NULL DEFAULT 0;

ALTER TABLE rating_events ADD COLUMN reasons TEXT NULL;
ALTER TABLE rating_events ADD COLUMN source TEXT NOT NULL DEFAULT 'api';
ALTER TABLE rating_events ADD COLUMN suspect INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rating_events ADD COLUMN applied INTEGER NOT NULL DEFAULT 1;

CREATE INDEX ix_rating_events_recent ON rating_events (invitation_id, occurred_at);

CREATE TABLE rating_reasons (
    invitation_id TEXT NOT NULL REFERENCES invitations (id),
    reason TEXT NOT NULL,
    PRIMARY KEY (invitation_id, reason)
);
