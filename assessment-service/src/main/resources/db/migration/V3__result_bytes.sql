-- Results are stored deflated (StoredResults); those stored before keep their JSON, as UTF-8 bytes.
-- The values are compressed already: PostgreSQL stores them as they are.
ALTER TABLE assessment ALTER COLUMN result TYPE BYTEA USING convert_to(result, 'UTF8');
ALTER TABLE assessment ALTER COLUMN result SET STORAGE EXTERNAL;
