-- The database itself refuses to change or remove a decision record.
CREATE TRIGGER decision_record_no_change BEFORE UPDATE, DELETE ON decision_record
  FOR EACH ROW CALL 'org.thrive.server.store.AppendOnlyTrigger';
