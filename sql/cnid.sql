-- cnid: input normalisation, canonical output, every rejection rule with
-- its detail, field functions and the non-throwing validators.
SET search_path = enroll, public;
\set VERBOSITY default
SET datestyle = ISO;

-- Canonical form from the forms registrars really type.
SELECT v AS input, v::cnid AS canonical
FROM (VALUES
    ('11010519491231002X'),             -- GB 11643 Annex A1
    ('11010519491231002x'),             -- lower-case x
    ('１１０１０５１９４９１２３１００２Ｘ'), -- full-width digits and letter
    ('110105 19491231 002X'),           -- blanks
    ('110105-19491231-002X'),           -- hyphens
    (E'\t110105　19491231002x '),       -- tab, ideographic space
    ('440524188001010014'),             -- Annex A2, born 1880, abolished county code
    ('110105491231002'),                -- legacy 15 digits -> 18
    ('150102880730303'),
    ('330102200403064'),                -- born 1920
    ('810000199408230021'),             -- Hong Kong permit
    ('820000200009100032'),             -- Macao permit
    ('830000199201300022'),             -- Taiwan permit
    ('932682198501010017'),             -- 2023 foreign permanent residence
    ('110105200002290013')              -- 29 February 2000
) AS t(v);

-- Every rule, with SQLSTATE 22P02 and a detail naming it.
\set ON_ERROR_STOP 0
SELECT ''::cnid;
SELECT ' - '::cnid;
SELECT '1101051949123100'::cnid;
SELECT '1101051949123100233'::cnid;
SELECT '11010519491231002Y'::cnid;
SELECT '1101051949I231002X'::cnid;
SELECT '11010549123100X'::cnid;
SELECT '110105194912310中2X'::cnid;        -- non-ASCII character
SELECT '990426199112010074'::cnid;
SELECT '840000199001010014'::cnid;
SELECT '710000199001010015'::cnid;
SELECT '815727834224151'::cnid;
SELECT '999398199012310021'::cnid;
SELECT '911999199012310021'::cnid;
SELECT '360426199113010079'::cnid;
SELECT '520323197802318856'::cnid;
SELECT '110105190002290010'::cnid;        -- 1900 is not a leap year
SELECT '110105000229001'::cnid;           -- legacy: 1900-02-29
SELECT '110105179912310014'::cnid;        -- before 1800
SELECT '520323297806058856'::cnid;        -- future
SELECT '36042619910102009X'::cnid;
SELECT cnid('11010519491231002Y');        -- the function form reports the same
SELECT 'abc'::text::cnid;                 -- and so does the cast from text
\set ON_ERROR_STOP 1

-- NULL in, NULL out.
SELECT NULL::cnid IS NULL AS null_in, cnid_birth_date(NULL) IS NULL AS null_field,
       cnid_valid(NULL) IS NULL AS null_valid, cnid_check(NULL) IS NULL AS null_check;

-- Fields.
SELECT v::cnid AS id, cnid_birth_date(v::cnid), cnid_sex(v::cnid), cnid_region(v::cnid),
       cnid_kind(v::cnid), cnid_mask(v::cnid)
FROM (VALUES ('11010519491231002X'), ('440524188001010014'), ('150102880730303'),
             ('81000019980902013X'), ('820000200009100032'), ('830000200209060065'),
             ('932682198501010017'), ('911124198108030024')) AS t(v);

-- Age in completed years; 29 February birthdays count from 1 March.
SELECT d AS on_date,
       cnid_age('11010519491231002X', d) AS age_1949_12_31,
       cnid_age('110105200002290013', d) AS age_2000_02_29
FROM (VALUES (date '1949-12-31'), ('1950-12-30'), ('1950-12-31'), ('2016-02-28'),
             ('2016-02-29'), ('2017-02-28'), ('2017-03-01'), ('1940-01-01')) AS t(d);
\set ON_ERROR_STOP 0
SELECT cnid_age('11010519491231002X', 'infinity');
\set ON_ERROR_STOP 1

-- Non-throwing validators: one reason code per rule.
SELECT v AS input, cnid_valid(v), cnid_check(v)
FROM (VALUES ('11010519491231002X'), ('11010519491231002x'), ('110105491231002'),
             (''), ('  '), ('1101051949123100'), ('1101051949I231002X'),
             ('990426199112010074'), ('911999199012310021'), ('360426199113010079'),
             ('520323297806058856'), ('36042619910102009X'),
             ('１１０１０５１９４９１２３１００２Ｘ'), ('张三')) AS t(v);

-- cnid_try: the value, or NULL instead of an error.
SELECT v AS input, cnid_try(v) FROM (VALUES ('110105491231002'), ('36042619910102009X'), (''), ('x')) t(v);
SELECT cnid_try(NULL) IS NULL AS strict;

-- Repairs: one substitution or one adjacent transposition away.
SELECT * FROM cnid_repairs('11010519491231002Y');      -- bad check character
SELECT * FROM cnid_repairs('11010519491213002X');      -- transposed 31 -> 13 (and others)
SELECT count(*) AS from_valid FROM cnid_repairs('11010519491231002X');  -- valid: none
SELECT count(*) AS from_garbage FROM cnid_repairs('hello');
SELECT count(*) AS from_empty FROM cnid_repairs('');
SELECT * FROM cnid_repairs('110105491331002');         -- legacy form, month 13
SELECT count(*) AS from_valid_legacy FROM cnid_repairs('110105491231002');
-- the true number is always among the repairs of a one-digit typo
SELECT bool_and('11010519491231002X'::cnid IN (SELECT cnid_repairs(overlay('11010519491231002X' placing d from p for 1))))
FROM generate_series(1, 17) AS p, unnest('{0,1,2,3,4,5,6,7,8,9}'::text[]) AS d
WHERE substr('11010519491231002X', p, 1) <> d;

-- Casts.
SELECT '11010519491231002x'::text::cnid::text AS text_round_trip,
       ('11010519491231002X'::cnid)::varchar AS to_varchar,
       '110105491231002'::varchar::cnid AS from_varchar;
CREATE TEMP TABLE assign_cast (id cnid);
INSERT INTO assign_cast SELECT '150102880730303'::text;   -- assignment cast from text
SELECT id FROM assign_cast;

-- The as_of forms: the date stands for "today" in the birth_future rule, so
-- their results depend on the arguments alone (IMMUTABLE).  520323297806058854
-- is born 2978-06-05; 110105202001010015 is born 2020-01-01.
SELECT v AS input, d AS as_of, cnid_valid(v, d), cnid_check(v, d), cnid_try(v, d)
FROM (VALUES ('520323297806058854'), ('110105202001010015'), ('36042619910102009X'), ('x'))
         AS t(v),
     (VALUES (date '2019-12-31'), ('2020-01-01'), ('2978-06-04'), ('2978-06-05'),
             ('infinity'), ('-infinity'), ('0001-01-01 BC')) AS a(d)
ORDER BY 1, 2;
SELECT cnid_check(NULL, date '2020-01-01') IS NULL AS strict_text,
       cnid_check('110105202001010015', NULL) IS NULL AS strict_date;
-- A literal date resolves to the as_of form (no other two-argument form).
SELECT cnid_check('110105202001010015', '2019-06-30') AS literal_as_of,
       cnid_check('110105202001010015', as_of => '2020-06-30') AS named_as_of;
-- IMMUTABLE is what a generated column (and an index expression) needs.
CREATE TEMP TABLE cleaned (
    raw text,
    id cnid GENERATED ALWAYS AS (cnid_try(raw, date '2025-01-01')) STORED,
    reason text GENERATED ALWAYS AS (cnid_check(raw, date '2025-01-01')) STORED
);
CREATE INDEX ON cleaned (cnid_valid(raw, date '2025-01-01'));
INSERT INTO cleaned (raw) VALUES ('110105491231002'), ('36042619910102009X'), ('520323297806058854');
SELECT * FROM cleaned ORDER BY raw;

-- cnid_warnings: facts the number's rules allow but that make it doubtful.
-- address_at_birth: the address code was withdrawn before the birth year.
SELECT v AS input, region_name(cnid_region(v::cnid)) AS address,
       (SELECT r.valid_to FROM region_row(cnid_region(v::cnid), NULL) r) AS first_list_without,
       cnid_warnings(v)
FROM (VALUES ('110201198101010013'),   -- 昌平县's 1980 code, last listed 1981
             ('110201198201010010'),   -- born the year it went: could be genuine
             ('110201198301010018'),   -- born after: cannot be
             ('110201199301010012'),
             ('612724199901010018'),   -- 横山县 612724, withdrawn in 1999
             ('612724200001010018'),
             ('11010519491231002X'),   -- current code
             ('440401202001010012'),   -- summary code, listed until its lists end
             ('830000199001010012'),   -- Taiwan permit prefix, not a division code
             ('36042619910102009X'),   -- invalid: NULL
             ('')) AS t(v)
WHERE cnid_valid(v)
UNION ALL
SELECT v, NULL, NULL, cnid_warnings(v) FROM (VALUES ('36042619910102009X'), ('')) AS t(v);
SELECT cnid_warnings('110201199301010012'::cnid) AS on_cnid,
       cnid_warnings(NULL::text) IS NULL AS strict;
