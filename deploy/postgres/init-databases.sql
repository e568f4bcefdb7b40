-- Run once by the postgres image on first start (empty data directory),
-- as the superuser, from /docker-entrypoint-initdb.d.
-- Creates the application role and one database per service.
-- Idempotent, so it can also be replayed by hand:
--   psql -U postgres -f deploy/postgres/init-databases.sql

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'suite') THEN
        CREATE ROLE suite LOGIN PASSWORD 'suite';
    END IF;
END
$$;

-- CREATE DATABASE cannot run inside a DO block; \gexec runs each
-- generated statement only for databases that do not exist yet.
SELECT format('CREATE DATABASE %I OWNER suite', db)
FROM unnest(ARRAY['skills', 'coaching', 'secondment']) AS db
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = db)
\gexec

-- Databases that already existed (e.g. on a replay) are handed to suite too.
ALTER DATABASE skills OWNER TO suite;
ALTER DATABASE coaching OWNER TO suite;
ALTER DATABASE secondment OWNER TO suite;
