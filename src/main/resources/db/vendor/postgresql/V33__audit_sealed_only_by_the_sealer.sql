-- PostgreSQL only (ALL-2, ASVS 16.4.2): an entry is inserted unsealed, so no row can be
-- slipped into the chain as if the sealer had linked it; the chain's head only moves
-- forward, so it cannot be reset to hide entries removed from the end.
CREATE FUNCTION audit_entry_inserted_unsealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.chain_seq IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.hash IS NOT NULL THEN
		RAISE EXCEPTION 'audit entries are inserted unsealed; only the sealer links them' USING ERRCODE = '42501';
	END IF;
	RETURN NEW;
END;
$$;

CREATE TRIGGER audit_entry_insert_unsealed BEFORE INSERT ON audit_entry
	FOR EACH ROW EXECUTE FUNCTION audit_entry_inserted_unsealed();

CREATE FUNCTION audit_chain_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.chain_seq > OLD.chain_seq THEN
		RETURN NEW;
	END IF;
	RAISE EXCEPTION 'the audit chain head only moves forward: % refused', TG_OP USING ERRCODE = '42501';
END;
$$;

CREATE TRIGGER audit_chain_head_forward BEFORE INSERT OR UPDATE OR DELETE ON audit_chain_head
	FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward_only();
