-- pgTAP: register_batch() against register(), form by form, on a few forms of
-- every kind (register_batch_compare.sh does it on thousands), its errors,
-- and form_check() against form_normalize().  All inside one transaction,
-- rolled back.
SELECT enroll.create_register() IS NOT NULL AS register_ready \gset
BEGIN;
SET search_path = enroll, enroll_register, public;
SELECT plan(33);

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

-- layout 4: a new person's history row copies none of its rows; history_rows
-- shows them as they were created: the old of a row's first later change
-- (周一 changed by form 3), else the row as it is now
SELECT is((SELECT count(*)::int FROM history WHERE cnid::text IN ('610802199201010071', '610802199201010098')
           AND tbl = 'person' AND op = 'INSERT' AND new IS NULL AND children IS NULL), 2,
          'a new person''s history row: no new, no children');
SELECT is((SELECT string_agg(h.tbl || ':' || coalesce(h.new ->> 'employment', h.new -> 'form' ->> 'employment', '') || coalesce(h.new ->> 'insurance', '') || coalesce(h.new ->> 'version', ''),
                             ' ' ORDER BY h.tbl, h.key)
           FROM history_rows h WHERE h.cnid = '610802199201010071' AND h.op = 'INSERT'
             AND h.id = (SELECT min(id) FROM history WHERE cnid = '610802199201010071')),
          'enrolment:170 person:unemployed1 registration:unemployed',
          'history_rows: the rows 周一 was created with, before form 3 changed them');
SELECT bag_eq($$SELECT to_jsonb(x) FROM as_of(NULL::registration, now()) x WHERE cnid::text IN ('610802199201010071', '610802199201010098')$$,
              $$SELECT to_jsonb(x) FROM registration x WHERE cnid::text IN ('610802199201010071', '610802199201010098')$$,
              'as_of(now()): the registrations as they are');
-- a person moved out of a region: that region's reader still sees the rows it
-- was created with there (the view reads them with its owner's rights and
-- shows what the history's policy shows)
CREATE ROLE batch_reader_610802;
SELECT grant_region('batch_reader_610802', 610802);
SELECT move('610802199201010098', 610803) IS NOT NULL AS moved \gset
SET ROLE batch_reader_610802;
SELECT is((SELECT string_agg(h.tbl || ':' || (h.new ->> 'region'), ' ' ORDER BY h.tbl, h.key) FROM history_rows h
           WHERE h.cnid = '610802199201010098' AND h.id = (SELECT min(id) FROM history WHERE cnid = '610802199201010098')),
          'person:610802 problem:610802 problem:610802 registration:610802',
          'history_rows: a person moved away, its rows as created, to a reader of the region it was created in');
SELECT is((SELECT count(*)::int FROM registration WHERE cnid = '610802199201010098'), 0, 'who does not see the person now');
RESET ROLE;

-- the two passes of step 2: a batch of new persons is inserted without ON
-- CONFLICT; one registered person among them (after the first new one in
-- cnid order) undoes that pass, and the ON CONFLICT pass inserts the new
-- ones once, each with one history row
SELECT is((SELECT string_agg(action, ' ' ORDER BY rowno) FROM register_batch(ARRAY[1, 2]::bigint[], ARRAY[
               '{"cnid": "610802199201015016", "name": "吴一", "county": 610802, "employment": "student"}',
               '{"cnid": "610802199201015227", "name": "吴二", "county": 610802, "employment": "student"}']::jsonb[])),
          'inserted inserted', 'a batch of new persons: inserted');
SELECT is((SELECT string_agg(action, ' ' ORDER BY rowno) FROM register_batch(ARRAY[1, 2, 3]::bigint[], ARRAY[
               '{"cnid": "610802199201015104", "name": "吴三", "county": 610802, "employment": "student"}',
               '{"cnid": "610802199201015227", "name": "吴二", "county": 610802, "employment": "student"}',
               '{"cnid": "610802199201015550", "name": "吴四", "county": 610802, "employment": "student"}']::jsonb[])),
          'inserted unchanged inserted', 'new persons around a registered one: inserted, the registered one unchanged');
SELECT is((SELECT count(*)::int FROM history WHERE cnid::text IN ('610802199201015104', '610802199201015550') AND op = 'INSERT'), 2,
          'one history row each');

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

-- phone_is_mobile: the rule of person.phone's CHECK (layout 5)
SELECT is(ARRAY[phone_is_mobile('13800138000'), phone_is_mobile('19912345678'), phone_is_mobile('12800138000'),
                phone_is_mobile('1380013800'), phone_is_mobile('138001380001'), phone_is_mobile('1380013800x'),
                phone_is_mobile('+8613800138000'), phone_is_mobile('')],
          ARRAY[true, true, false, false, false, false, false, false],
          'phone_is_mobile: 11 digits starting 13 to 19, nothing else');
SELECT is(phone_is_mobile(NULL), NULL, 'phone_is_mobile(NULL) is NULL (no phone passes the CHECK)');
SELECT is((SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'person_phone_check'),
          'CHECK (phone_is_mobile(phone))', 'person.phone is checked by phone_is_mobile()');

-- load_forms: a batch of rows, each as load_form() makes it
SELECT is(load_forms(ARRAY['cnid', 'insurances', 'phone'],
                     ARRAY[[' 610802199201010071', '170; 390、410', '  '], ['610802199201010098', '', '13800138000']]),
          ARRAY[load_form(ARRAY['cnid', 'insurances', 'phone'], ARRAY[' 610802199201010071', '170; 390、410', '  ']),
                load_form(ARRAY['cnid', 'insurances', 'phone'], ARRAY['610802199201010098', '', '13800138000'])],
          'load_forms: the forms of the rows, as load_form() makes each');
SELECT is(load_forms(ARRAY['cnid'], '{}'::text[]), '{}'::jsonb[], 'load_forms: no rows, no forms');
SELECT throws_ok($$SELECT load_forms(ARRAY['cnid', 'name'], ARRAY['610802199201010071', '周一'])$$, '2202E',
                 'rows must be a two-dimensional array of 2 cells a row, one for each key',
                 'load_forms: rows not of the keys'' width are refused');

-- the header of a CSV column: English names and the form's labels, NFKC, blanks and brackets dropped
SELECT is(load_column(' 联系电话（手机） '), 'phone', 'load_column: the form''s label, brackets and blanks dropped');
SELECT is(load_column('ＮＡＭＥ'), 'name', 'load_column: a full-width English name');
SELECT is(load_column('colour'), NULL, 'load_column: an unrecognized header is NULL');
SELECT * FROM finish();
ROLLBACK;
