-- Several catalogues side by side: `curated`, Pathfinder's own, and imports such as `onet`. Every entry
-- belongs to one, named in its `catalog` column; a slug is unique within its catalogue only, and an entry
-- can name only entries of its own catalogue (the foreign keys include the catalogue). A catalogue exists
-- once its row in catalog_version does, which only an import creates. PostgreSQL only from here on.

-- The keys that change go first; the tables' own keys are rebuilt below.
ALTER TABLE role_requirements DROP CONSTRAINT role_requirements_role_slug_fkey;
ALTER TABLE role_requirements DROP CONSTRAINT role_requirements_skill_slug_fkey;
ALTER TABLE transition_paths DROP CONSTRAINT transition_paths_from_role_fkey;
ALTER TABLE transition_paths DROP CONSTRAINT transition_paths_to_role_fkey;
ALTER TABLE transition_paths DROP CONSTRAINT transition_paths_option_slug_fkey;

-- One version row per catalogue; the one row so far is the curated catalogue's. `sources` holds the
-- import file's sources (a JSON array), the attribution their licences ask for.
ALTER TABLE catalog_version ADD COLUMN catalog VARCHAR(40) NOT NULL DEFAULT 'curated';
ALTER TABLE catalog_version ALTER COLUMN catalog DROP DEFAULT;
ALTER TABLE catalog_version DROP CONSTRAINT catalog_version_pkey;
ALTER TABLE catalog_version DROP COLUMN id;
ALTER TABLE catalog_version ADD PRIMARY KEY (catalog);
ALTER TABLE catalog_version ADD COLUMN sources TEXT;

ALTER TABLE transition_options ADD COLUMN catalog VARCHAR(40) NOT NULL DEFAULT 'curated';
ALTER TABLE skills ADD COLUMN catalog VARCHAR(40) NOT NULL DEFAULT 'curated';
ALTER TABLE roles ADD COLUMN catalog VARCHAR(40) NOT NULL DEFAULT 'curated';
ALTER TABLE role_requirements ADD COLUMN catalog VARCHAR(40) NOT NULL DEFAULT 'curated';
ALTER TABLE transition_paths ADD COLUMN catalog VARCHAR(40) NOT NULL DEFAULT 'curated';
ALTER TABLE transition_options ALTER COLUMN catalog DROP DEFAULT;
ALTER TABLE skills ALTER COLUMN catalog DROP DEFAULT;
ALTER TABLE roles ALTER COLUMN catalog DROP DEFAULT;
ALTER TABLE role_requirements ALTER COLUMN catalog DROP DEFAULT;
ALTER TABLE transition_paths ALTER COLUMN catalog DROP DEFAULT;

ALTER TABLE transition_options DROP CONSTRAINT transition_options_pkey;
ALTER TABLE transition_options ADD PRIMARY KEY (catalog, slug);
ALTER TABLE skills DROP CONSTRAINT skills_pkey;
ALTER TABLE skills ADD PRIMARY KEY (catalog, slug);
ALTER TABLE roles DROP CONSTRAINT roles_pkey;
ALTER TABLE roles ADD PRIMARY KEY (catalog, slug);
ALTER TABLE role_requirements DROP CONSTRAINT role_requirements_pkey;
ALTER TABLE role_requirements ADD PRIMARY KEY (catalog, role_slug, skill_slug);
ALTER TABLE transition_paths DROP CONSTRAINT transition_paths_pkey;
ALTER TABLE transition_paths ADD PRIMARY KEY (catalog, slug);

ALTER TABLE transition_options ADD FOREIGN KEY (catalog) REFERENCES catalog_version (catalog);
ALTER TABLE skills ADD FOREIGN KEY (catalog) REFERENCES catalog_version (catalog);
ALTER TABLE roles ADD FOREIGN KEY (catalog) REFERENCES catalog_version (catalog);
ALTER TABLE transition_paths ADD FOREIGN KEY (catalog) REFERENCES catalog_version (catalog);
ALTER TABLE role_requirements ADD FOREIGN KEY (catalog, role_slug) REFERENCES roles (catalog, slug) ON DELETE CASCADE;
ALTER TABLE role_requirements ADD FOREIGN KEY (catalog, skill_slug) REFERENCES skills (catalog, slug);
ALTER TABLE transition_paths ADD FOREIGN KEY (catalog, from_role) REFERENCES roles (catalog, slug);
ALTER TABLE transition_paths ADD FOREIGN KEY (catalog, to_role) REFERENCES roles (catalog, slug);
ALTER TABLE transition_paths ADD FOREIGN KEY (catalog, option_slug) REFERENCES transition_options (catalog, slug);

DROP INDEX role_requirements_skill;
DROP INDEX transition_paths_from;
DROP INDEX transition_paths_to;
DROP INDEX transition_paths_option;
CREATE INDEX role_requirements_skill ON role_requirements (catalog, skill_slug);
CREATE INDEX transition_paths_from ON transition_paths (catalog, from_role);
CREATE INDEX transition_paths_to ON transition_paths (catalog, to_role);
CREATE INDEX transition_paths_option ON transition_paths (catalog, option_slug);
