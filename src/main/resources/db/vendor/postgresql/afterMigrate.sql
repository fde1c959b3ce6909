-- After every migration, on PostgreSQL: when the application connects as a role of its own
-- (spring.flyway.user names the owner who migrates, spring.datasource.username the
-- application), that role may read and write the tables it works on but owns none, so it
-- cannot disable the audit trail's triggers; it may add audit entries and seal them, move
-- the chain's head, and nothing more on those two tables. With one role for both, nothing
-- changes.
DO $$
DECLARE
	application_role TEXT := '${application_role}';
BEGIN
	IF application_role = '' OR application_role = current_user THEN
		RETURN;
	END IF;
	EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), application_role);
	EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(),
		application_role);
	EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(),
		application_role);
	EXECUTE format('REVOKE DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_entry FROM %I', application_role);
	EXECUTE format('REVOKE INSERT, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_chain_head FROM %I',
		application_role);
	EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM %I', application_role);
END;
$$;
