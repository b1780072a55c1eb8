-- The database itself refuses to change or remove a decision record.
CREATE FUNCTION decision_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'decision records are append-only: % refused', TG_OP USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER decision_record_no_change BEFORE UPDATE OR DELETE ON decision_record
  FOR EACH ROW EXECUTE FUNCTION decision_record_append_only();
CREATE TRIGGER decision_record_no_truncate BEFORE TRUNCATE ON decision_record
  FOR EACH STATEMENT EXECUTE FUNCTION decision_record_append_only();
