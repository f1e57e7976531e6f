-- pgTAP: register_batch() against register(), form by form, on a few forms of
-- every kind (register_batch_compare.sh does it on thousands), its errors,
-- and form_check() against form_normalize().  All inside one transaction,
-- rolled back.
SELECT enroll.create_register() IS NOT NULL AS register_ready \gset
BEGIN;
SET search_path = enroll, enroll_register, public;
SELECT plan(24);

CREATE TEMP TABLE forms (rowno bigint, form jsonb);
INSERT INTO forms VALUES
    (1, '{"cnid": "610802199201010071", "name": "周一", "county": 610802, "employment": "unemployed", "phone": "13800138000", "insurances": [170]}'),
    (2, '{"cnid": "610802199201010098", "name": "周二", "county": 610802, "employment": "student"}'),
    (3, '{"cnid": "610802199201010071", "name": "周一", "county": 610802, "employment": "retired", "phone": "13800138000", "insurances": [170, 390]}'),
    (4, '{"cnid": "610802199201010071", "name": "周一", "county": 610802, "employment": "retired", "phone": "13800138000", "insurances": [170, 390]}'),
    (5, '{"cnid": "610802199201010072", "name": "周三", "county": 610802, "employment": "student"}'),
    (6, '{"cnid": "610802199201010098", "name": "周二", "county": 610899, "employment": "student"}'),
    (7, '{"cnid": "610802199201010098", "name": "周二", "county": 610802, "employment": "student", "version": 5}'),
    (8, '{"cnid": "610802199201010098", "name": "周二", "county": 610802, "employment": "student", "flags": ["student"]}');

-- register(), one form at a time; then the same forms, on an emptied register, as a batch
CREATE FUNCTION pg_temp.try_register(form jsonb, OUT action text, OUT error text) LANGUAGE plpgsql AS $$
BEGIN
    action := enroll.register(form) ->> 'action';
EXCEPTION WHEN OTHERS THEN
    error := SQLERRM;
END $$;
CREATE TEMP TABLE single (rowno bigint, action text, error text);
DO $$
DECLARE
    f record;
BEGIN
    FOR f IN SELECT * FROM forms ORDER BY rowno LOOP
        INSERT INTO single SELECT f.rowno, r.* FROM pg_temp.try_register(f.form) r;
    END LOOP;
END $$;
CREATE TEMP TABLE single_rows AS
SELECT 'person' AS t, to_jsonb(p) - 'updated_at' AS r FROM person p WHERE cnid::text IN ('610802199201010071', '610802199201010098')
UNION ALL SELECT 'registration', to_jsonb(g) - 'collected_at' FROM registration g WHERE cnid::text IN ('610802199201010071', '610802199201010098')
UNION ALL SELECT 'person_flag', to_jsonb(f) - 'set_at' FROM person_flag f WHERE cnid::text IN ('610802199201010071', '610802199201010098')
UNION ALL SELECT 'history', jsonb_build_object('tbl', tbl, 'op', op) FROM history_rows WHERE cnid::text IN ('610802199201010071', '610802199201010098') AND tbl <> 'problem';
DELETE FROM history WHERE cnid::text IN ('610802199201010071', '610802199201010098');
DELETE FROM problem WHERE cnid::text IN ('610802199201010071', '610802199201010098');
DELETE FROM person_flag WHERE cnid::text IN ('610802199201010071', '610802199201010098');
DELETE FROM enrolment WHERE cnid::text IN ('610802199201010071', '610802199201010098');
DELETE FROM registration WHERE cnid::text IN ('610802199201010071', '610802199201010098');
DELETE FROM person WHERE cnid::text IN ('610802199201010071', '610802199201010098');
CREATE TEMP TABLE batch AS SELECT * FROM register_batch('forms');

SELECT results_eq('SELECT rowno, action FROM batch ORDER BY rowno',
                  $$SELECT rowno, coalesce(action, 'rejected') FROM single ORDER BY rowno$$,
                  'register_batch gives each form the action register() gives it');
SELECT results_eq('SELECT rowno, error FROM batch WHERE action = ''rejected'' ORDER BY rowno',
                  'SELECT rowno, error FROM single WHERE error IS NOT NULL ORDER BY rowno',
                  'and the same message for each rejected form');
SELECT bag_eq($$SELECT 'person' AS t, to_jsonb(p) - 'updated_at' AS r FROM person p WHERE cnid::text IN ('610802199201010071', '610802199201010098')
                UNION ALL SELECT 'registration', to_jsonb(g) - 'collected_at' FROM registration g WHERE cnid::text IN ('610802199201010071', '610802199201010098')
                UNION ALL SELECT 'person_flag', to_jsonb(f) - 'set_at' FROM person_flag f WHERE cnid::text IN ('610802199201010071', '610802199201010098')
                UNION ALL SELECT 'history', jsonb_build_object('tbl', tbl, 'op', op) FROM history_rows
                          WHERE cnid::text IN ('610802199201010071', '610802199201010098') AND tbl <> 'problem'$$,
              'SELECT * FROM single_rows', 'and leaves the same register rows and history (one row per change of a register row)');
SELECT is((SELECT sqlstate || ' ' || field FROM batch WHERE rowno = 5), '22P02 cnid', 'a bad check character: 22P02, field cnid');
SELECT is((SELECT sqlstate || ' ' || field FROM batch WHERE rowno = 6), '22023 county', 'an unknown county: 22023, field county');
SELECT is((SELECT sqlstate || ' ' || field FROM batch WHERE rowno = 7), '40001 version', 'a stale version: 40001, field version');
SELECT is((SELECT count(*)::int FROM register_batch('{}'::bigint[], '{}'::jsonb[])), 0, 'an empty batch has no results');
SELECT is(person_insurances('610802199201010071'), '{170,390}'::insset, 'person_insurances: the insurances the batch enrolled');
SELECT throws_ok($$SELECT * FROM register_batch(ARRAY[1, 2]::bigint[], ARRAY['{}']::jsonb[])$$, '2202E',
                 NULL, 'arrays of different lengths are refused');

-- register_row_jsonb is to_jsonb, on every row the batch wrote and on the
-- column types it hands to to_jsonb itself
SELECT is((SELECT count(*)::int FROM (
               SELECT register_row_jsonb(p) = to_jsonb(p) AS same FROM person p
               UNION ALL SELECT register_row_jsonb(g) = to_jsonb(g) FROM registration g
               UNION ALL SELECT register_row_jsonb(e) = to_jsonb(e) FROM enrolment e
               UNION ALL SELECT register_row_jsonb(f) = to_jsonb(f) FROM person_flag f
               UNION ALL SELECT register_row_jsonb(q) = to_jsonb(q) FROM problem q
               UNION ALL SELECT register_row_jsonb(h) = to_jsonb(h) FROM history h) s WHERE NOT s.same),
          0, 'register_row_jsonb: to_jsonb of every register row');
CREATE TEMP TABLE kinds (a numeric, b float8, c int2, d timestamp, e date, f jsonb, g text, h boolean, i name, j cnid, k timestamptz);
INSERT INTO kinds VALUES (1.50, 'NaN', 2, '2026-01-02 03:04:05.5', '2026-01-02', '"s"', NULL, true, 'x', '610802199201010071',
                          '2026-01-02 03:04:05+08');
SELECT is(register_row_jsonb(t)::text, to_jsonb(t)::text, 'register_row_jsonb: numbers, NaN, times, a jsonb scalar, NULL, name, cnid')
FROM kinds t;
SELECT is(register_row_jsonb(r)::text, to_jsonb(r)::text, 'register_row_jsonb: arrays, rows and json go to to_jsonb')
FROM (SELECT ARRAY[1, 2] AS a, ROW(1, 'x') AS b, '{"k": [1]}'::json AS c) r;
SELECT is(register_history_children(NULL, NULL, NULL, NULL),
          '{"registration": [], "enrolment": [], "person_flag": [], "problem": []}'::jsonb,
          'register_history_children: every table named, [] when it has no row');
SELECT is(register_history_children(ARRAY['{"a": 1}'::jsonb], ARRAY['{"b": 2}'::jsonb, '3'], NULL, ARRAY[NULL::jsonb]),
          '{"registration": [{"a": 1}], "enrolment": [{"b": 2}, 3], "person_flag": [], "problem": [null]}'::jsonb,
          'register_history_children: the rows in the order given');

-- register_batch_forms: one result per form, the accepted forms' fields, their enrolments and flags
SELECT is((SELECT ARRAY[cardinality(res_action), cardinality(v_pos)]::text || res_action::text || v_pos::text || en_v::text || en_ins::text
                  || fl_v::text || fl_flag::text || v_name::text
           FROM register_batch_forms(ARRAY(SELECT form FROM forms ORDER BY rowno), current_user)),
          '{8,6}{NULL,NULL,NULL,NULL,rejected,rejected,NULL,NULL}{1,2,3,4,7,8}{1,3,3,4,4}{170,170,390,170,390}{6}{student}{周一,周二,周一,周一,周二,周二}',
          'register_batch_forms: results in input order, enrolments and flags by the form''s index');
SELECT is((SELECT res_state[1] || ' ' || res_field[1] || ' ' || res_error[1]
           FROM register_batch_forms(ARRAY(SELECT form FROM forms WHERE rowno = 1), 'no_such_role')),
          '42501 county county: 610802 is outside your regions', 'register_batch_forms: a region the acting role does not hold is refused');
SELECT is((SELECT v_form[1] ? 'version' OR v_version[1] <> 5
           FROM register_batch_forms(ARRAY(SELECT form FROM forms WHERE rowno = 7), current_user)),
          false, 'register_batch_forms: the version apart, the form without it');

-- form_check returns what form_normalize raises
SELECT is((SELECT message FROM form_check('{"cnid": "610802199201010071", "name": "周一", "county": 610802, "employment": "boss"}')),
          'employment: one of employed, preschool, student, unemployed, flexible, retired expected, got "boss"',
          'form_check: the message');
SELECT throws_ok($$SELECT form_normalize('{"cnid": "610802199201010071", "name": "周一", "county": 610802, "employment": "boss"}')$$,
                 '22023', 'employment: one of employed, preschool, student, unemployed, flexible, retired expected, got "boss"',
                 'form_normalize raises the same');
SELECT is((SELECT normalized::text || coalesce(message, '') FROM form_check('{"cnid": "610802199201010071", "name": "周一", "county": 610802, "employment": "student"}')),
          form_normalize('{"cnid": "610802199201010071", "name": "周一", "county": 610802, "employment": "student"}')::text,
          'form_check of a valid form: the canonical form, no error');
SELECT is(load_form(ARRAY['cnid', 'insurances', 'phone'], ARRAY[' 610802199201010071', '170; 390、410', '  ']),
          '{"cnid": " 610802199201010071", "insurances": ["170", "390", "410"]}'::jsonb,
          'load_form: cells kept as written, lists split, blank cells left out');

-- the header of a CSV column: English names and the form's labels, NFKC, blanks and brackets dropped
SELECT is(load_column(' 联系电话（手机） '), 'phone', 'load_column: the form''s label, brackets and blanks dropped');
SELECT is(load_column('ＮＡＭＥ'), 'name', 'load_column: a full-width English name');
SELECT is(load_column('colour'), NULL, 'load_column: an unrecognized header is NULL');
SELECT * FROM finish();
ROLLBACK;
