CREATE TABLE webhook_subscriptions (
    id TEXT NOT NULL PRIMARY KEY,
    url TEXT NOT NULL,
    secret TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE webhook_subscription_events (
    subscription_id TEXT NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_type TEXT NOT NULL CHECK (event_type IN ('rating.created', 'rating.changed', 'rating.commented')),
    PRIMARY KEY (subscription_id, event_type)
);

CREATE INDEX ix_webhook_subscription_events_type ON webhook_subscription_events (event_type);

-- The outbox: one row per event and subscription, written in the transaction that recorded the rating.
CREATE TABLE webhook_outbox (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    message_id TEXT NOT NULL,
    subscription_id TEXT NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_status_code INTEGER NULL,
    last_error TEXT NULL,
    last_attempt_at INTEGER NULL,
    next_attempt_at INTEGER NULL,
    UNIQUE (message_id, subscription_id)
);

CREATE INDEX ix_webhook_outbox_due ON webhook_outbox (status, next_attempt_at);
CREATE INDEX ix_webhook_outbox_subscription ON webhook_outbox (subscription_id, id DESC);

CREATE TABLE webhook_attempts (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    delivery_id INTEGER NOT NULL REFERENCES webhook_outbox (id) ON DELETE CASCADE,
    attempted_at INTEGER NOT NULL,
    status_code INTEGER NULL,
    error TEXT NULL,
    duration_ms INTEGER NOT NULL
);

CREATE INDEX ix_webhook_attempts_delivery ON webhook_attempts (delivery_id, id);

-- What subscribers were last told of each rating, so a later change is announced as such and a
-- rating that counts is announced as created only once.
CREATE TABLE webhook_announced (
    invitation_id TEXT NOT NULL PRIMARY KEY,
    rating TEXT NOT NULL,
    comment TEXT NULL,
    reasons TEXT NOT NULL
);

INSERT INTO webhook_announced (invitation_id, rating, comment, reasons)
SELECT r.invitation_id, r.rating, r.comment,
       COALESCE((SELECT group_concat(reason, ',')
                 FROM (SELECT reason FROM rating_reasons
                       WHERE invitation_id = r.invitation_id ORDER BY reason)), '')
FROM ratings r
WHERE r.suspect = 0;
