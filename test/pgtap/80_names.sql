-- pgTAP: the name-matching contract: signatures, volatility,
-- NULL/empty behaviour, key and score properties, and index support.
BEGIN;
SET search_path = enroll, public;
SELECT plan(30);

SELECT function_returns('enroll', 'name_norm', ARRAY['text'], 'text');
SELECT function_returns('enroll', 'name_pinyin', ARRAY['text'], 'text');
SELECT function_returns('enroll', 'name_key', ARRAY['text'], 'text');
SELECT function_returns('enroll', 'name_keys', ARRAY['text'], 'text[]');
SELECT function_returns('enroll', 'name_similarity', ARRAY['text', 'text'], 'real');
SELECT function_returns('enroll', 'name_explain', ARRAY['text', 'text'], 'jsonb');
SELECT function_returns('enroll', 'name_like', ARRAY['text', 'text', 'real'], 'boolean');
SELECT has_operator('text', 'enroll', '%~', 'text', 'boolean', 'operator %~ (names like)');
SELECT is((SELECT count(*)::int FROM pg_proc WHERE pronamespace = 'enroll'::regnamespace
             AND proname LIKE 'name\_%' AND (provolatile <> 'i' OR proparallel <> 's')),
          0, 'every name function is IMMUTABLE and PARALLEL SAFE');
SELECT is((SELECT count(*)::int FROM pg_proc WHERE pronamespace = 'enroll'::regnamespace
             AND proname LIKE 'name\_%' AND obj_description(oid, 'pg_proc') IS NULL),
          0, 'every name function has a comment');

SELECT is(name_norm(NULL), NULL, 'NULL in, NULL out');
SELECT is(name_norm(''), '', 'empty name normalises to the empty string');
SELECT is(name_key(E'\u3000 \u200B'), NULL, 'blank name has no key');
SELECT is(name_keys(''), '{}'::text[], 'empty name has no blocking key');
SELECT is(name_similarity('', ''), 0::real, 'two empty names are not a match');

SELECT is(name_norm('張偉'), '张伟', 'traditional folded');
SELECT is(name_norm('乾隆'), '乾隆', '乾 not folded to 干');
SELECT is(name_norm('於梨華'), '於梨华', '於 not folded to 于');
SELECT is(name_norm('阿依古丽•买买提'), '阿依古丽·买买提', 'separator unified');
SELECT is(name_pinyin('朴槿惠'), 'piao jin hui', '朴 read as a surname');
SELECT is(name_pinyin('尉迟恭'), 'yu chi gong', 'compound surname reading');
SELECT is(name_key('张志强'), name_key('张自强'), 'zh/z merged in the key');
SELECT isnt(name_key('张伟'), name_key('李伟'), 'different surnames, different keys');
SELECT is(name_key('ZHANG WEI'), name_key('张伟'), 'pinyin and Han share the key');

SELECT ok(name_similarity('张伟', '张玮') >= 0.9, 'homophone scores >= 0.9');
SELECT ok(name_similarity('王建国', '王建军') < 0.8, 'sibling pattern scores < 0.8');
SELECT is(name_similarity('侯建国', '候建国'), name_similarity('候建国', '侯建国'), 'symmetric');
SELECT is(name_explain('刘德华', '牛德华') -> 'steps' -> 0 ->> 'relation', 'near_homophone',
          'explain names the relation');

CREATE TEMP TABLE tap_person (id int, name text);
INSERT INTO tap_person SELECT g, (ARRAY['王晓明', '王小明', '李伟', '张伟', '汪晓明'])[1 + g % 5] FROM generate_series(1, 500) g;
CREATE INDEX ON tap_person USING gin (name_keys(name));
ANALYZE tap_person;
SET LOCAL enable_seqscan = off;
CREATE FUNCTION pg_temp.plan_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text; res text := '';
BEGIN FOR r IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP res := res || r || E'\n'; END LOOP; RETURN res; END $$;
SELECT matches(pg_temp.plan_of($$SELECT id FROM tap_person WHERE name %~ '王晓明'$$),
               'Bitmap Index Scan', 'the operator is inlined and uses the GIN index');
SELECT is((SELECT count(*)::int FROM tap_person WHERE name %~ '王晓明'), 300,
          'names like 王晓明 through the GIN index');

SELECT * FROM finish();
ROLLBACK;
