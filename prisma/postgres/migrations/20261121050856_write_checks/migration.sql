-- A write of several statements runs as one statement on PostgreSQL (lib/server/direct-sql-postgres.ts):
-- each statement a data-modifying WITH query, and this check on the rows each changed. Raising here
-- fails the whole statement, so nothing of the write is kept: one round trip instead of BEGIN … COMMIT.
CREATE FUNCTION "wengu_expect_changes"(step INTEGER, changed BIGINT, expected INTEGER) RETURNS INTEGER AS $$
BEGIN
  IF changed <> expected THEN
    RAISE EXCEPTION 'write step % changed % rows, not %', step, changed, expected
      USING ERRCODE = 'WG001', DETAIL = step || ',' || changed;
  END IF;
  RETURN 0;
END
$$ LANGUAGE plpgsql;
