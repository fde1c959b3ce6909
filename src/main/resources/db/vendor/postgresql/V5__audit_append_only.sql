-- PostgreSQL only: audit entries cannot be changed or removed (ALL-2, ASVS 16.4.2). The one
-- update allowed is sealing: setting the chain columns of an entry not sealed yet.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' AND OLD.chain_seq IS NULL AND OLD.hash IS NULL
			AND NEW.id = OLD.id AND NEW.occurred_at = OLD.occurred_at AND NEW.actor = OLD.actor
			AND NEW.actor_roles = OLD.actor_roles AND NEW.action = OLD.action
			AND NEW.subject IS NOT DISTINCT FROM OLD.subject AND NEW.purpose IS NOT DISTINCT FROM OLD.purpose
			AND NEW.fields IS NOT DISTINCT FROM OLD.fields AND NEW.request_id IS NOT DISTINCT FROM OLD.request_id
			AND NEW.detail IS NOT DISTINCT FROM OLD.detail THEN
		RETURN NEW;
	END IF;
	RAISE EXCEPTION 'audit entries are append-only: % refused', TG_OP USING ERRCODE = '42501';
END;
$$;

CREATE FUNCTION audit_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'the audit trail cannot be truncated' USING ERRCODE = '42501';
END;
$$;

CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
	FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
	FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate();
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
	FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate();
