CREATE TABLE invitations (
    id TEXT NOT NULL PRIMARY KEY,
    ticket_id TEXT NOT NULL,
    reply_id TEXT NOT NULL DEFAULT '',
    agent_id TEXT NOT NULL,
    agent_name TEXT NOT NULL,
    team TEXT NULL,
    customer_id TEXT NULL,
    customer_name TEXT NULL,
    customer_email TEXT NULL,
    locale TEXT NULL,
    token TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    UNIQUE (ticket_id, reply_id)
);
