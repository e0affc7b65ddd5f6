-- The outbox becomes the shared one (module support/outbox): any topic, and record headers beside
-- the payload. Rows written before keep their meaning: catalogue changes, CatalogChanged events.
ALTER TABLE outbox ADD COLUMN topic VARCHAR(249) NOT NULL DEFAULT 'pathfinder.catalog-changed.v1';
ALTER TABLE outbox ALTER COLUMN topic DROP DEFAULT;
ALTER TABLE outbox ADD COLUMN headers TEXT NOT NULL DEFAULT '{"event-type":"CatalogChanged"}';
ALTER TABLE outbox ALTER COLUMN headers DROP DEFAULT;
ALTER TABLE outbox ALTER COLUMN payload TYPE TEXT;
ALTER TABLE outbox ALTER COLUMN record_key TYPE VARCHAR(200);
