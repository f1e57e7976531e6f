-- Chinese name matching (the error kinds of doc/reference-names.md): every error
-- kind with positive pairs (same person, score >= 0.8) and negative pairs
-- (different people, score < 0.8), plus empty, NULL, blank and mixed input.
SET search_path = enroll, public;

-- 1. name_norm: each normalisation step
SELECT input, name_norm(input) AS norm
FROM (VALUES
    ('ＺＨＡＮＧ ＷＥＩ'),          -- full width -> ASCII
    ('王芳２'),                     -- full-width digit: annotation
    (E'张\u200B伟'),               -- zero-width space
    (E'刘\u00A0洋'),               -- no-break space
    (E'\u3000李 娜 '),             -- ideographic space, blanks
    ('欧阳 娜娜'),
    ('阿依古丽•买买提'), ('阿依古丽・买买提'), ('阿依古丽．买买提'), ('阿依古丽‧买买提'),
    ('阿依古丽﹒买买提'), ('阿依古丽･买买提'), ('阿依古丽∙买买提'), ('阿依古丽⋅买买提'),
    ('阿依古丽·买买提'), ('阿依古丽⸱买买提'), ('阿依古丽.买买提'), ('阿依古丽-买买提'),
    ('阿依古丽－买买提'), ('阿依古丽。买买提'), ('阿依古丽 买买提'), ('阿依古丽买买提'),
    ('王秀英（已故）'), ('李娜(1)'), ('陈静[重]'), ('张伟1'), ('李娜【重复】'),
    (E'刘\uE863'),                 -- GB18030-2005 private use -> 䶮
    (E'王\uE000'),                 -- local private use -> placeholder
    ('張偉'), ('劉德華'), ('張伟'), ('乾隆'), ('於梨華'), ('范徐丽泰'),
    ('陈喆'), ('王堃'), ('牛犇'), ('李峯'), ('呂布'), ('锺汉良'), ('鍾漢良'),
    ('肖红'), ('萧红'), ('闫明'), ('阎明'), ('付强'), ('傅强'),
    (E'\uF9E1娜'),                 -- compatibility ideograph of 李
    ('马𬱖'), ('马頔'), ('马di'), ('马?'), ('马*'), ('马□'), ('李(lun)'),
    ('José García'), ('MÜLLER ANNA'), ('NGUYỄN VĂN AN'), ('O''BRIEN'), ('Smith, John'),
    ('JEAN-PIERRE'), ('Łukasz Żółw'),
    ('穆罕默德·阿卜杜勒艾则孜·托合提'),
    (''), ('   '), (E'\u3000\u200B'), ('()'), ('123'), ('李ZHANG')
) AS t(input);

SELECT name_norm(NULL) IS NULL AS strict_null, name_key(NULL) IS NULL AS key_null,
       name_similarity(NULL, '张伟') IS NULL AS sim_null;
SELECT name_key('') IS NULL AS empty_key, name_pinyin('  ') IS NULL AS blank_pinyin,
       name_keys('') AS empty_keys, name_similarity('', '') AS empty_sim,
       name_similarity('张伟', ' ') AS blank_sim;

-- 2. name_pinyin: surname readings, compound surnames, polyphones
SELECT input, name_pinyin(input) AS pinyin
FROM (VALUES
    ('单雄信'), ('曾国藩'), ('解缙'), ('仇英'), ('朴槿惠'), ('区永贤'), ('查良镛'),
    ('盖叫天'), ('尉迟恭'), ('万俟卨'), ('单于琼'), ('长孙无忌'), ('澹台灭明'),
    ('乐嘉'), ('翟志刚'), ('覃振'), ('缪可'), ('尉健行'), ('阚明'), ('乜丽'),
    ('曾乐'), ('吕布'), ('欧阳娜娜'), ('上官婉儿'), ('令狐冲'), ('司马光'),
    ('张单'), ('王重阳'), ('阿依古丽·买买提'), ('ZHANG WEI'), ('刘䶮')
) AS t(input);

-- 3. name_key: equal for homophones, dialect merges, traditional/simplified
-- and separator variants; different for different surnames.
SELECT a, b, name_key(a) AS key_a, name_key(b) AS key_b, name_key(a) = name_key(b) AS equal
FROM (VALUES
    ('王晓明', '王小明'), ('张伟', '章伟'), ('王芳', '汪芳'),
    ('张志强', '张自强'), ('陈春梅', '陈存梅'), ('刘淑兰', '刘素兰'),
    ('刘德华', '牛德华'), ('何楠', '何兰'), ('胡军', '符军'), ('陈龙', '陈荣'),
    ('徐春艳', '徐春阳'), ('陈晨', '程晨'), ('刘敏', '刘明'), ('黄江', '黄建'),
    ('秦冠凡', '秦光凡'), ('吕明', '卢明'),
    ('張偉', '张伟'), ('阿依古丽•买买提', '阿依古丽·买买提'), ('李 娜', '李娜'),
    ('ZHANG WEI', '张伟'), ('ＺＨＡＮＧ ＷＥＩ', 'zhang wei'),
    ('SMITH JOHN', 'JOHN SMITH'), ('MÜLLER ANNA', 'MUELLER ANNA'),
    -- different surnames stay apart where the sound differs (刘/柳 are homophones)
    ('张伟', '李伟'), ('王芳', '黄芳'), ('刘洋', '柳洋') , ('单明', '丹明'),
    ('朴明', '蒲明'), ('曾明', '程明'), ('解明', '姐明'), ('黄建平', '王建平')
) AS t(a, b);

-- 4. name_similarity per error kind: positives (same person)
SELECT kind, a, b, round(name_similarity(a, b)::numeric, 3) AS score, name_similarity(a, b) >= 0.8 AS accepted
FROM (VALUES
    ('homophone', '王晓明', '王小明'), ('homophone', '张伟', '张玮'), ('homophone', '李静', '李晶'),
    ('homophone', '张伟', '章伟'), ('homophone', '王芳', '汪芳'),
    ('near_initial', '张志强', '张自强'), ('near_initial', '刘德华', '牛德华'),
    ('near_initial', '胡军', '符军'), ('near_initial', '陈龙', '陈荣'),
    ('near_initial', '黄建平', '王建平'), ('near_initial', '王飞', '王辉'),
    ('near_final', '徐春艳', '徐春阳'), ('near_final', '陈晨', '程晨'),
    ('near_final', '刘敏', '刘明'), ('near_final', '秦冠凡', '秦光凡'),
    ('lookalike', '侯建国', '候建国'), ('lookalike', '梁海燕', '粱海燕'),
    ('lookalike', '王秀英', '玉秀英'), ('lookalike', '刁明', '习明'),
    ('lookalike', '王晴', '王睛'), ('lookalike', '张治国', '张冶国'),
    ('traditional', '張偉', '张伟'), ('traditional', '劉德華', '刘德华'),
    ('traditional', '蕭敬騰', '萧敬腾'), ('traditional', '張伟', '张伟'),
    ('traditional', '於梨華', '于梨华'), ('traditional', '乾隆', '干隆'),
    ('variant', '陈喆', '陈哲'), ('variant', '王堃', '王坤'), ('variant', '锺汉良', '钟汉良'),
    ('variant', '朱镕基', '朱熔基'),
    ('informal', '萧红', '肖红'), ('informal', '阎明', '闫明'), ('informal', '傅强', '付强'),
    ('informal', '戴玲', '代玲'), ('informal', '蓝天', '兰天'),
    ('rare', '马𬱖', '马頔'), ('rare', '马𬱖', '马迪'), ('rare', '马𬱖', '马di'),
    ('rare', '马𬱖', '马?'), ('rare', '马𬱖', '马□'), ('rare', '刘䶮', E'刘\uE863'),
    ('rare', '刘䶮', '刘yan'), ('rare', '赵孟𫖯', '赵孟頫'),
    ('compat', E'\uF9E1娜', '李娜'),
    ('fullwidth', 'ＺＨＡＮＧ ＷＥＩ', 'ZHANG WEI'), ('fullwidth', '王芳２', '王芳'),
    ('blanks', '李 娜', '李娜'), ('blanks', E'张\u200B伟', '张伟'), ('blanks', '欧阳 娜娜', '欧阳娜娜'),
    ('separator', '阿依古丽•买买提', '阿依古丽·买买提'), ('separator', '阿依古丽买买提', '阿依古丽·买买提'),
    ('separator', '阿依古丽。买买提', '阿依古丽-买买提'),
    ('truncation', '穆罕默德·阿卜杜勒艾则孜·托合提', '穆罕默德·阿卜杜勒艾则'),
    ('truncation', '古丽米热·阿不都克热木', '古丽米热·阿不都'),
    ('given_only', '阿依古丽·买买提', '阿依古丽'),
    ('compound', '欧阳娜娜', '欧杨娜娜'), ('compound', '上官婉儿', '尚官婉儿'),
    ('compound', '司徒雅', '司图雅'), ('compound', '令狐冲', '令胡冲'),
    ('surname_reading', '解明华', '谢明华'), ('surname_reading', '仇英', '邱英'),
    ('surname_reading', '区永贤', '欧永贤'), ('surname_reading', '盖红梅', '葛红梅'),
    ('surname_reading', '朴明', 'piao ming'), ('surname_reading', '覃振', '秦振'),
    ('husband_surname', '陈方安生', '方安生'), ('husband_surname', '范徐丽泰', '徐丽泰'),
    ('annotation', '王秀英（已故）', '王秀英'), ('annotation', '李娜(1)', '李娜'),
    ('annotation', '陈静[重]', '陈静'),
    ('transposition', '李建华', '李华建'), ('transposition', '王明亮', '王亮明'),
    ('latin', 'SMITH JOHN', 'JOHN SMITH'), ('latin', 'Smith, John', 'JOHN SMITH'),
    ('latin', 'MÜLLER ANNA', 'MUELLER ANNA'), ('latin', 'José García', 'JOSE GARCIA'),
    ('latin', 'NGUYỄN VĂN AN', 'NGUYEN VAN AN'), ('latin', 'KIM MIN JUN', 'KIM MINJUN'),
    ('latin', 'JEAN-PIERRE', 'JEAN PIERRE'), ('latin', 'O''BRIEN', 'OBRIEN'),
    ('latin', 'JOHN MICHAEL SMITH', 'JOHN SMITH'),
    ('script_switch', 'ZHANG WEI', '张伟'), ('script_switch', 'OUYANG NANA', '欧阳娜娜'),
    ('script_switch', 'WEI ZHANG', '张伟'),
    ('identical', '张伟', '张伟')
) AS t(kind, a, b);

-- 5. negatives (different people)
SELECT a, b, round(name_similarity(a, b)::numeric, 3) AS score, name_similarity(a, b) >= 0.8 AS accepted
FROM (VALUES
    ('张伟', '李伟'), ('王芳', '王方圆'), ('赵敏', '赵晓敏'), ('蒋经国', '蒋纬国'),
    ('宋庆龄', '宋美龄'), ('王建国', '王建军'), ('阿依古丽·买买提', '阿依古丽·吐尔逊'),
    ('买买提·艾力', '艾力·买买提'), ('JOHN SMITH', 'JANE SMITH'), ('张伟', '张伟东'),
    ('刘海波', '刘海涛'), ('王明', '李华'), ('欧阳娜娜', '欧阳明'), ('ZHANG WEI', '李伟'),
    ('JOHN SMITH', '张伟'), ('王小明', '王小'), ('王', '李'), ('陈大文', 'CHAN TAI MAN')
) AS t(a, b);

-- symmetry and bounds over all pairs above
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE name_similarity(a, b) <> name_similarity(b, a)) AS asymmetric,
       count(*) FILTER (WHERE name_similarity(a, b) NOT BETWEEN 0 AND 1) AS out_of_range,
       count(*) FILTER (WHERE name_similarity(a, a) <> 1) AS self_not_one
FROM (VALUES ('张伟', '李伟'), ('陈方安生', '方安生'), ('SMITH JOHN', 'JOHN SMITH'),
             ('阿依古丽·买买提', '阿依古丽'), ('ZHANG WEI', '张伟'), ('李建华', '李华建'),
             ('穆罕默德·阿卜杜勒艾则孜·托合提', '穆罕默德·阿卜杜勒艾则'), ('马𬱖', '马?')) AS t(a, b);

-- 6. name_explain
SELECT jsonb_pretty(name_explain('張偉', '张玮'));
SELECT jsonb_pretty(name_explain('陈方安生', '方安生'));
SELECT name_explain('JOHN SMITH', 'SMITH JOHN') ->> 'method' AS method,
       name_explain('', '张伟') ->> 'score' AS empty_score,
       name_explain('刘德华', '牛德华') -> 'steps' -> 0 ->> 'relation' AS first_step;

-- 7. blocking keys and "names like"
SELECT name_keys('王晓明') AS keys_3, name_keys('张伟') AS keys_2,
       name_keys('阿依古丽·买买提') AS keys_dotted, name_keys('JOHN SMITH') AS keys_latin;
SELECT '王小明' %~ '王晓明' AS op_like, '王晓明' %~ '李晓明' AS op_unlike,
       name_like('刘德华', '牛德华') AS fn_like, name_like('刘德华', '牛德华', 0.95) AS fn_strict;

CREATE TEMP TABLE person (id int, name text);
INSERT INTO person VALUES (1, '王晓明'), (2, '王小明'), (3, '汪晓明'), (4, '王晓敏'),
    (5, '黄晓明'), (6, '王晓'), (7, '李晓明'), (8, '王明晓'), (9, '玉晓明'), (10, '张伟');
CREATE INDEX person_name_keys ON person USING gin (name_keys(name));
CREATE INDEX person_name_key ON person (name_key(name));
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM person WHERE name %~ '王晓明';
EXPLAIN (COSTS OFF) SELECT id FROM person WHERE name_like(name, '王晓明', 0.7);
EXPLAIN (COSTS OFF) SELECT id FROM person WHERE name_key(name) = name_key('王晓明');
SELECT id, name, round(name_similarity(name, '王晓明')::numeric, 3) AS score FROM person WHERE name %~ '王晓明' ORDER BY id;
SELECT id, name FROM person WHERE name_key(name) = name_key('王晓明') ORDER BY id;
RESET enable_seqscan;
-- the index gives the same rows as a full scan
SELECT (SELECT array_agg(id ORDER BY id) FROM person WHERE name_like(name, '王晓明', 0.7)) =
       (SELECT array_agg(id ORDER BY id) FROM person WHERE name_similarity(name, '王晓明') >= 0.7) AS same_as_full_scan;

-- 8. volatility and parallel safety as declared
SELECT p.proname, p.provolatile, p.proparallel, p.proisstrict
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = 'enroll' AND p.proname LIKE 'name\_%'
ORDER BY 1;
