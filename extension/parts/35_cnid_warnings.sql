-- Warnings on valid citizen ID numbers: facts that the number's own rules
-- (cnid_check) allow but that make it doubtful.  The default checks stay as
-- they are: numbers keep the address code they were given, abolished or not.
--
-- address_at_birth: the address code (positions 1-6) names the household
-- registration when the number was assigned, which is never before birth;
-- a code withdrawn before the birth year therefore cannot be genuine
-- (110201 昌平县, last listed 1981, on a number born 1993).  A code is taken
-- as alive in a year Y when a row of it has valid_to >= Y (valid_to is the
-- first year-end list without it, so it may have lived into that year) or
-- is still listed.  The supplementary (legacy) rows end where their lists
-- end, not where the code ended, so a legacy row ending with the last of
-- them counts as still listed.  Unknown codes give no warning (cnid_check's
-- province rule is the check for those).
-- The end of the legacy lists, read per call (no copy to go stale): this
-- index makes it one index probe instead of a scan of the table.
CREATE INDEX region_legacy_valid_to ON @extschema@.region (valid_to) WHERE status = 'legacy';

CREATE FUNCTION @extschema@.cnid_warnings(id @extschema@.cnid) RETURNS text[]
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT array_remove(ARRAY[
        CASE WHEN EXISTS (SELECT FROM @extschema@.region r
                          WHERE r.code = @extschema@.cnid_region(cnid_warnings.id))
              AND NOT EXISTS (
                  SELECT FROM @extschema@.region r
                  WHERE r.code = @extschema@.cnid_region(cnid_warnings.id)
                    AND (r.valid_to IS NULL
                         OR r.valid_to >= extract(year FROM @extschema@.cnid_birth_date(cnid_warnings.id))
                         OR (r.status = 'legacy'
                             AND r.valid_to >= (SELECT max(l.valid_to) FROM @extschema@.region l
                                                WHERE l.status = 'legacy'))))
             THEN 'address_at_birth' END], NULL);
END;
COMMENT ON FUNCTION @extschema@.cnid_warnings(@extschema@.cnid) IS
    'warnings on a valid number, empty if none: address_at_birth (address code withdrawn before the birth year)';

CREATE FUNCTION @extschema@.cnid_warnings(text) RETURNS text[]
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN @extschema@.cnid_warnings(@extschema@.cnid_try($1));
COMMENT ON FUNCTION @extschema@.cnid_warnings(text) IS
    'cnid_warnings of the number in a text; NULL when the text is not a valid cnid (cnid_check says why)';
