-- A moderator may hide a comment from the public report, and judge a suspect rating genuine or void. A void rating
-- keeps suspect = 1 whatever its customer sends later, so every count that leaves suspect ratings out leaves void
-- ones out too.
ALTER TABLE ratings ADD COLUMN comment_hidden INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ratings ADD COLUMN verdict TEXT NULL CHECK (verdict IN ('genuine', 'void'));

CREATE TABLE rating_moderations (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    invitation_id TEXT NOT NULL REFERENCES invitations (id),
    action TEXT NOT NULL CHECK (action IN ('hide_comment', 'show_comment', 'genuine', 'void')),
    moderator TEXT NOT NULL,
    occurred_at INTEGER NOT NULL
);

CREATE INDEX ix_rating_moderations_invitation ON rating_moderations (invitation_id, id);
