-- idno_check: kind detection over every identifier kind, canonical form,
-- reason codes of the most plausible kind, the 2017 foreign
-- permanent-residence number (only reachable here), NULL and empty input.
SET search_path = enroll, public;

-- The result type.
SELECT attname, atttypid::regtype
FROM pg_attribute WHERE attrelid = 'enroll.idno_result'::regclass AND attnum > 0
ORDER BY attnum;

-- One valid example of every kind, in the forms registrars type.
SELECT v AS input, (idno_check(v)).*
FROM (VALUES ('11010519491231002x'), ('１１０１０５１９４９１２３１００２Ｘ'),
             ('110105 19491231 002X'), ('110105491231002'), ('810000199408230021'),
             ('820000200009100032'), ('830000199201300022'), ('932682198501010017'),
             ('KAZ110090123105'), ('kaz 1100 901231 05'), ('91350100M000100Y43'),
             ('91 110000 600037341L'), ('D2143569-X'), ('d2143569x')) AS t(v);

-- Shapes that two kinds share.  18 digits: a MOD 11-2 number unless it is
-- only valid (or only plausible) as a USCC; the same string never gets two
-- kinds.
SELECT v AS input, (idno_check(v)).*
FROM (VALUES ('121200004013590816'),   -- valid USCC, invalid date as a citizen number
             ('911522010783762860'),   -- valid USCC starting with 9, not a 2023 PR number
             ('911522010783762861'),   -- same with a wrong check: still a USCC
             ('913205056082348768'),
             ('911124198108030024'),   -- valid 2023 PR number
             ('911124198108030025'),   -- same with a wrong check: still a PR number
             ('911398199002310021'),   -- PR number, 31 February; the USCC reading gets no further
             ('121200004013590817'),   -- USCC, wrong 18th; the citizen reading breaks the date
             ('44030019900101018X'),   -- citizen number with X
             ('9144030071526726XG'),   -- USCC with letters
             ('91152201078377449P')) AS t(v);

-- Invalid input: kind by shape, reason from that kind's rules.
SELECT v AS input, (idno_check(v)).*
FROM (VALUES ('36042619910102009X'),   -- citizen: check character
             ('360426199113010079'),   -- citizen: month 13
             ('990426199112010074'),   -- leading 9: a 2023 PR number, province 90
             ('110105209901010012'),   -- citizen: born 2099
             ('11010519491231002_'),   -- citizen: character
             ('110105000229001'),      -- legacy: 1900-02-29
             ('11010549123100X'),      -- legacy: X in a 15-digit number
             ('810000199408230022'),   -- permit: check character
             ('810000199402310021'),   -- permit: 31 February
             ('999398199012310021'),   -- 2023 PR: province 99
             ('911999199012310021'),   -- 2023 PR: nationality 999
             ('91110000600037341N'),   -- USCC: check character
             ('91350100M000100Y56'),   -- USCC: embedded organisation code
             ('94350100M000100Y4R'),   -- USCC: category
             ('9135010OM000100Y43'),   -- USCC: letter O
             ('T60426199101010078'),   -- a letter makes it a USCC (authority T)
             ('D2143569-1'),           -- org code: check character
             ('D2143569-Y'),           -- org code: character
             ('统一社会信用代码9')) AS t(v); -- 9 characters, none allowed

-- The 2017 foreign permanent-residence number: every rule.
SELECT v AS input, (idno_check(v)).*
FROM (VALUES ('KAZ110090123105'),      -- 7-3-1 check worked by hand
             ('USA310185070115'),
             ('DEU440300022918'),      -- 000229: only 2000-02-29 is real
             ('K4Z110090123105'),      -- digit among the letters
             ('KAZ11009012310X'),      -- letter among the digits
             ('KAA110090123105'),      -- not an ISO 3166-1 alpha-3 code
             ('KAZ990090123105'),      -- province 99
             ('KAZ110090023105'),      -- 31 February in both centuries
             ('GBR110199022919'),      -- 1999-02-29 and 2099-02-29 do not exist
             ('KAZ110090123107')) AS t(v);  -- check digit

-- Lengths no kind has: reason length, kind by the nearest shape.
SELECT v AS input, (idno_check(v)).*
FROM (VALUES ('12345'), ('D214356-X'), ('D2143569_X'), ('USA3101850701'),
             ('44030819990110'), ('91330106MA27Y4U4'), ('11010519491231002'),
             ('91350100M000100Y4'), ('1101011978102700291'), ('8100001994082300211'),
             (repeat('1', 40))) AS t(v);

-- Empty and NULL.
SELECT v AS input, (idno_check(v)).*, (idno_check(v)).kind IS NULL AS kind_is_null
FROM (VALUES (''), ('   '), (' - '), ('　')) AS t(v);
SELECT idno_check(NULL) IS NULL AS null_in_null_out;

-- The composite and its fields.
SELECT idno_check('91350100m000100y43');
SELECT (idno_check('110105491231002')).canonical::cnid AS as_cnid,
       (idno_check('91350100m000100y43')).canonical::uscc AS as_uscc;

-- A mixed column: count by kind and reason.
SELECT (r).kind, (r).reason, count(*)
FROM (SELECT idno_check(v) AS r
      FROM (VALUES ('11010519491231002X'), ('110105491231002'), ('91350100M000100Y43'),
                   ('91110000600037341N'), ('KAZ110090123105'), ('D2143569-X'),
                   ('932682198501010017'), ('830000199201300022'), (''), ('abc')) AS t(v)) s
GROUP BY 1, 2 ORDER BY 1, 2;
