-- register_batch: a batch of forms registered at once, one result per form,
-- by the rules and within the regions of register(); form_check and
-- load_form, the pieces enroll-load uses.  (register() and register_batch()
-- on the same 5,000 forms: test/tools/register_batch_compare.sh.)
SET search_path = enroll, enroll_register, public;
\set VERBOSITY default
\set SHOW_CONTEXT never
SELECT create_register() IN ('created', 'unchanged') AS register_exists;

-- The form's rules, returned instead of raised.
SELECT f.form, c.*
FROM (VALUES ('{"cnid": "11010519491231002x", "name": " 王　秀英 ", "county": "610802", "employment": "离退休",
                "phone": "+86 138-0013-8000", "insurances": ["390", 170, "170"]}'::jsonb),
             ('{"cnid": "110105194912310021", "name": "王秀英", "county": 610802, "employment": "retired"}'),
             ('{"name": "王秀英", "county": 610802, "employment": "retired"}'),
             ('{"cnid": "11010519491231002X", "name": "王秀英", "county": 610899, "employment": "retired"}'),
             ('{"cnid": "11010519491231002X", "name": "王秀英", "county": 610802, "employment": "employed"}'),
             ('{"cnid": "11010519491231002X", "name": "王秀英", "county": 610802, "employment": "retired", "township": 610803001}'),
             ('{"cnid": "11010519491231002X", "name": "王秀英", "county": 610802, "employment": "retired", "colour": "red"}'),
             ('[1, 2]')) f(form),
     LATERAL form_check(f.form) c;
SELECT form_problem('{"cnid": "11010519491231002X", "name": "王秀英", "county": 610802, "employment": "retired", "phone": "1380013800"}');
-- form_normalize raises the same message, with the field in COLUMN
DO $$
DECLARE
    st text; col text; msg text;
BEGIN
    PERFORM form_normalize('{"cnid": "11010519491231002X", "name": "王秀英", "county": 610802, "employment": "retired", "phone": "1380013800"}');
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, col = COLUMN_NAME, msg = MESSAGE_TEXT;
    RAISE NOTICE 'form_normalize: % %, column %', st, msg, col;
END $$;

-- CSV cells to a form (enroll-load): blank cells left out, lists split.
SELECT load_form(ARRAY['cnid', 'name', 'insurances', 'flags', 'address', 'phone'],
                 ARRAY['11010519491231002X', ' 王秀英 ', '170; 390，410、 110', 'student unwilling', '   ', NULL]);

-- A batch: new persons (one with a second, changed form, and a third one
-- identical to the second; one whose first form names a stale version),
-- bad forms.
SELECT * FROM register_batch(ARRAY[10, 11, 12, 13, 14, 15, 16, 17]::bigint[], ARRAY[
    '{"cnid": "610802199001010018", "name": "赵一", "county": 610802, "employment": "unemployed", "phone": "13800138001", "insurances": [170]}',
    '{"cnid": "610802199001010034", "name": "赵二", "county": 610802, "employment": "student"}',
    '{"cnid": "610802199001010018", "name": "赵一", "county": 610802, "employment": "unemployed", "phone": "13800138009", "insurances": [170]}',
    '{"cnid": "610802199001010018", "name": "赵一", "county": 610802, "employment": "unemployed", "phone": "13800138009", "insurances": [170]}',
    '{"cnid": "610802199001010019", "name": "赵三", "county": 610802, "employment": "unemployed"}',
    '{"cnid": "610802199001010050", "name": "赵四", "county": 610802, "employment": "boss"}',
    '{"cnid": "610802199001010050", "name": "赵四", "county": 610802, "employment": "unemployed", "version": 3}',
    '{"cnid": "610802199001010050", "name": "赵四", "county": 610802, "employment": "unemployed", "version": 1}'
]::jsonb[]);
-- what it wrote: the persons, their problems, their history (one row per
-- change of a register row, as register() writes it)
SELECT cnid, name, phone, version FROM person WHERE cnid::text LIKE '6108021990010100%' ORDER BY cnid;
SELECT cnid, reason, closed_at IS NOT NULL AS closed FROM problem WHERE cnid::text LIKE '6108021990010100%' ORDER BY cnid, reason;
SELECT cnid, tbl, CASE WHEN tbl = 'problem' THEN coalesce(new, old) ->> 'reason' ELSE key END AS key, op
FROM history_rows WHERE cnid::text LIKE '6108021990010100%'
ORDER BY id, array_position(ARRAY['person', 'registration', 'enrolment', 'person_flag', 'problem'], tbl), key;
-- which the batch wrote as one history row per new person, with no copy of
-- its rows (layout 4: history_rows shows them, as created)
SELECT h.cnid, h.tbl, h.op, h.new IS NULL AS no_new, h.children IS NULL AS no_children,
       (SELECT count(*) FROM history_rows r WHERE r.cnid = h.cnid AND r.id = h.id) AS rows_created
FROM history h WHERE h.cnid::text LIKE '6108021990010100%' AND h.op = 'INSERT' AND h.new IS NULL ORDER BY h.id;
-- no row without its person (the tables have no foreign keys: the writing
-- functions keep them)
SELECT t.tbl, count(*) AS rows_without_person
FROM (SELECT 'registration' AS tbl, cnid FROM registration UNION ALL SELECT 'enrolment', cnid FROM enrolment
      UNION ALL SELECT 'person_flag', cnid FROM person_flag UNION ALL SELECT 'problem', cnid FROM problem) t
WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.cnid = t.cnid)
GROUP BY 1;
-- as_of() now gives the batch's rows as they are
CREATE TEMP VIEW batch_as_of_differences AS
SELECT 'registration' AS tbl, count(*) AS differences FROM (
    (SELECT * FROM as_of(NULL::registration, now()) EXCEPT SELECT * FROM registration)
    UNION ALL (SELECT * FROM registration EXCEPT SELECT * FROM as_of(NULL::registration, now()))) d
WHERE d.cnid::text LIKE '6108021990010100%'
UNION ALL
SELECT 'enrolment', count(*) FROM (
    (SELECT * FROM as_of(NULL::enrolment, now()) EXCEPT SELECT * FROM enrolment)
    UNION ALL (SELECT * FROM enrolment EXCEPT SELECT * FROM as_of(NULL::enrolment, now()))) d
WHERE d.cnid::text LIKE '6108021990010100%'
UNION ALL
SELECT 'problem', count(*) FROM (
    (SELECT * FROM as_of(NULL::problem, now()) EXCEPT SELECT * FROM problem)
    UNION ALL (SELECT * FROM problem EXCEPT SELECT * FROM as_of(NULL::problem, now()))) d
WHERE d.cnid::text LIKE '6108021990010100%';
SELECT * FROM batch_as_of_differences;
-- again: nothing changes
SELECT action, count(*) FROM register_batch(ARRAY[1, 2]::bigint[], ARRAY[
    '{"cnid": "610802199001010018", "name": "赵一", "county": 610802, "employment": "unemployed", "phone": "13800138009", "insurances": [170]}',
    '{"cnid": "610802199001010034", "name": "赵二", "county": 610802, "employment": "student"}']::jsonb[]) GROUP BY action;
SELECT count(*) AS history_rows FROM history_rows WHERE cnid::text LIKE '6108021990010100%';
-- an empty batch, and arrays of different lengths
SELECT count(*) FROM register_batch('{}'::bigint[], '{}'::jsonb[]);
SELECT * FROM register_batch(ARRAY[1]::bigint[], '{}'::jsonb[]);
-- from a staging table
CREATE TEMP TABLE stage (rowno bigint, form jsonb);
INSERT INTO stage VALUES (7, '{"cnid": "610802199001010034", "name": "赵二", "county": 610802, "employment": "student"}'),
                         (8, '{"cnid": "610802199001010034", "name": "赵二", "county": 610802, "employment": "student", "phone": "13800138002"}');
SELECT * FROM register_batch('stage');

-- A county clerk: forms outside the clerk's regions are rejected, and a
-- person registered elsewhere is an audited look-up, as with register().
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'enroll_batch_clerk') THEN
        DROP OWNED BY enroll_batch_clerk;
        DROP ROLE enroll_batch_clerk;
    END IF;
END $$;
CREATE ROLE enroll_batch_clerk;   -- 榆阳区 610802
SELECT grant_region('enroll_batch_clerk', 610802);
SELECT register('{"cnid": "610803199001010014", "name": "钱五", "county": 610803, "employment": "student"}') ->> 'action' AS in_610803;
SET ROLE enroll_batch_clerk;
SELECT * FROM register_batch(ARRAY[1, 2, 3]::bigint[], ARRAY[
    '{"cnid": "610802199001010077", "name": "孙六", "county": 610802, "township": 610802001, "employment": "student"}',
    '{"cnid": "610803199001010030", "name": "李七", "county": 610803, "employment": "student"}',
    '{"cnid": "610803199001010014", "name": "钱五", "county": 610802, "employment": "student"}'
]::jsonb[]);
SELECT cnid, collected_by = 'enroll_batch_clerk' AS by_the_clerk FROM registration WHERE cnid::text LIKE '61080%199001010%' ORDER BY cnid;
RESET ROLE;
SELECT cnid, asked_by, answer FROM lookup_audit WHERE asked_by = 'enroll_batch_clerk' ORDER BY id;

-- Clean up.
DELETE FROM lookup_audit WHERE asked_by = 'enroll_batch_clerk';
DELETE FROM history WHERE cnid::text LIKE '61080%199001010%';
DELETE FROM problem WHERE cnid::text LIKE '61080%199001010%';
DELETE FROM person_flag WHERE cnid::text LIKE '61080%199001010%';
DELETE FROM enrolment WHERE cnid::text LIKE '61080%199001010%';
DELETE FROM registration WHERE cnid::text LIKE '61080%199001010%';
DELETE FROM person WHERE cnid::text LIKE '61080%199001010%';
DROP OWNED BY enroll_batch_clerk;
DROP ROLE enroll_batch_clerk;
