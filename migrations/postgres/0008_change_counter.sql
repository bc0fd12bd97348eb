-- The change counter (issue 11): see migrations/sqlite/0008.
CREATE TABLE palermo_change (
    id      BIGINT PRIMARY KEY CHECK (id = 1),
    counter BIGINT NOT NULL
);
INSERT INTO palermo_change (id, counter) VALUES (1, 0);
