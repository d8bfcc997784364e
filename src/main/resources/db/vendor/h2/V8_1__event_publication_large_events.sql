-- The events the search listens to carry whole documents (an import announces 500 at a time): on H2 the
-- shipped VARCHAR(4000) refused them. PostgreSQL already uses TEXT.
ALTER TABLE EVENT_PUBLICATION ALTER COLUMN SERIALIZED_EVENT SET DATA TYPE VARCHAR(1000000000);
