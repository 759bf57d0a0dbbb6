-- The instruments Taitoura ships: the single-item work-ability score, Taitoura's own example instrument for
-- work-life skills and functional capacity, and THL's Osallisuusindikaattori (official Finnish wording, locked).

-- (a) Single-item work-ability score 0-10 (free to use).
INSERT INTO capacity_instrument (code, instrument_version, name_fi, name_sv, name_en, description_fi, description_sv,
    description_en, kind, rater_mode, scale_type, allow_not_assessed, example, fixed_wording, current_version, active,
    created_at, updated_at)
VALUES ('WORK_ABILITY_SCORE', 1, 'Työkykypistemäärä (0–10)', 'Arbetsförmågepoäng (0–10)', 'Work ability score (0–10)',
    'Yhden kysymyksen arvio nykyisestä työkyvystä verrattuna elinaikaiseen parhaaseen: 0 = ei lainkaan työkykyä, 10 = työkyky parhaimmillaan. Alun perin itsearviointikysymys; valmentaja voi kirjata myös oman arvionsa vertailuksi.',
    'En fråga om den nuvarande arbetsförmågan jämfört med den bästa någonsin: 0 = ingen arbetsförmåga alls, 10 = arbetsförmågan när den är som bäst. Ursprungligen en självskattningsfråga; coachen kan också registrera sin egen bedömning för jämförelse.',
    'A single question on current work ability compared with the lifetime best: 0 = no work ability at all, 10 = work ability at its best. Originally a self-assessment question; the coach may also record their own estimate for comparison.',
    'CAPACITY', 'COACH_AND_SELF', 'NUMERIC', FALSE, FALSE, FALSE, TRUE, TRUE, NOW(6), NOW(6));
SET @was = LAST_INSERT_ID();
INSERT INTO capacity_scale_point (instrument_id, point_value, label_fi, label_sv, label_en) VALUES
    (@was, 0, '0 = ei lainkaan työkykyä', '0 = ingen arbetsförmåga alls', '0 = no work ability at all'),
    (@was, 1, '1', '1', '1'), (@was, 2, '2', '2', '2'), (@was, 3, '3', '3', '3'), (@was, 4, '4', '4', '4'),
    (@was, 5, '5', '5', '5'), (@was, 6, '6', '6', '6'), (@was, 7, '7', '7', '7'), (@was, 8, '8', '8', '8'),
    (@was, 9, '9', '9', '9'),
    (@was, 10, '10 = työkyky parhaimmillaan', '10 = arbetsförmågan när den är som bäst', '10 = work ability at its best');
INSERT INTO capacity_domain (instrument_id, domain_key, name_fi, name_sv, name_en, sort_order)
VALUES (@was, 'work_ability', 'Työkyky', 'Arbetsförmåga', 'Work ability', 1);
INSERT INTO capacity_item (domain_id, item_key, text_fi, text_sv, text_en, sort_order)
VALUES (LAST_INSERT_ID(), 'current_work_ability',
    'Jos työkyky parhaimmillaan saa 10 pistettä, minkä pistemäärän antaisit nykyiselle työkyvylle?',
    'Om arbetsförmågan när den är som bäst får 10 poäng, hur många poäng skulle du ge den nuvarande arbetsförmågan?',
    'If work ability at its best scores 10 points, how many points would you give current work ability?', 1);

-- (b) Taitoura's own example instrument (not a validated measure).
INSERT INTO capacity_instrument (code, instrument_version, name_fi, name_sv, name_en, description_fi, description_sv,
    description_en, kind, rater_mode, scale_type, allow_not_assessed, example, fixed_wording, current_version, active,
    created_at, updated_at)
VALUES ('TAITOURA_EXAMPLE', 1, 'Esimerkki: työelämätaidot ja toimintakyky',
    'Exempel: arbetslivsfärdigheter och funktionsförmåga', 'Example: work-life skills and functional capacity',
    'Taitouran oma ESIMERKKIMITTARI, ei validoitu mittari. Organisaatio voi muokata sitä tai määritellä oman mittarinsa. Valmentaja ja valmentautuja arvioivat kunkin kohdan asteikolla 1–5.',
    'Taitouras eget EXEMPELINSTRUMENT, inte ett validerat mätinstrument. Organisationen kan ändra det eller definiera sitt eget. Coachen och deltagaren bedömer varje punkt på skalan 1–5.',
    'Taitoura''s own EXAMPLE instrument, not a validated measure. An organisation can edit it or define its own. The coach and the trainee rate each item on a scale of 1–5.',
    'CAPACITY', 'COACH_AND_SELF', 'LEVELS', TRUE, TRUE, FALSE, TRUE, TRUE, NOW(6), NOW(6));
SET @ex = LAST_INSERT_ID();
INSERT INTO capacity_scale_point (instrument_id, point_value, label_fi, label_sv, label_en) VALUES
    (@ex, 1, 'Ei vielä onnistu', 'Lyckas inte ännu', 'Not yet managed'),
    (@ex, 2, 'Onnistuu paljon tuettuna', 'Lyckas med mycket stöd', 'Managed with a lot of support'),
    (@ex, 3, 'Onnistuu osittain tuettuna', 'Lyckas med visst stöd', 'Managed with some support'),
    (@ex, 4, 'Onnistuu lähes itsenäisesti', 'Lyckas nästan självständigt', 'Managed almost independently'),
    (@ex, 5, 'Onnistuu itsenäisesti ja luotettavasti', 'Lyckas självständigt och pålitligt',
        'Managed independently and reliably');

INSERT INTO capacity_domain (instrument_id, domain_key, name_fi, name_sv, name_en, sort_order)
VALUES (@ex, 'attendance', 'Läsnäolo ja täsmällisyys', 'Närvaro och punktlighet', 'Attendance and punctuality', 1);
SET @d = LAST_INSERT_ID();
INSERT INTO capacity_item (domain_id, item_key, text_fi, text_sv, text_en, sort_order) VALUES
    (@d, 'arrives_on_time', 'Saapuu paikalle sovitusti ja ajallaan', 'Kommer som överenskommet och i tid',
        'Arrives as agreed and on time', 1),
    (@d, 'reports_absence', 'Ilmoittaa poissaoloista ja myöhästymisistä etukäteen',
        'Meddelar frånvaro och förseningar på förhand', 'Reports absences and late arrivals in advance', 2);

INSERT INTO capacity_domain (instrument_id, domain_key, name_fi, name_sv, name_en, sort_order)
VALUES (@ex, 'instructions_safety', 'Ohjeiden noudattaminen ja työturvallisuus', 'Att följa instruktioner och arbetssäkerhet',
    'Following instructions and safety', 2);
SET @d = LAST_INSERT_ID();
INSERT INTO capacity_item (domain_id, item_key, text_fi, text_sv, text_en, sort_order) VALUES
    (@d, 'follows_instructions', 'Toimii saamiensa ohjeiden mukaan', 'Arbetar enligt givna instruktioner',
        'Works according to the instructions given', 1),
    (@d, 'works_safely', 'Käyttää suojavarusteita ja työskentelee turvallisesti',
        'Använder skyddsutrustning och arbetar säkert', 'Uses protective equipment and works safely', 2);

INSERT INTO capacity_domain (instrument_id, domain_key, name_fi, name_sv, name_en, sort_order)
VALUES (@ex, 'learning', 'Uusien tehtävien oppiminen', 'Att lära sig nya uppgifter', 'Learning new tasks', 3);
SET @d = LAST_INSERT_ID();
INSERT INTO capacity_item (domain_id, item_key, text_fi, text_sv, text_en, sort_order) VALUES
    (@d, 'learns_new_task', 'Oppii uuden työtehtävän ohjauksen avulla', 'Lär sig en ny arbetsuppgift med handledning',
        'Learns a new task with guidance', 1),
    (@d, 'asks_for_help', 'Kysyy neuvoa, kun ei tiedä miten toimia', 'Frågar om råd när hen inte vet hur man gör',
        'Asks for advice when unsure what to do', 2);

INSERT INTO capacity_domain (instrument_id, domain_key, name_fi, name_sv, name_en, sort_order)
VALUES (@ex, 'cooperation', 'Yhteistyö muiden kanssa', 'Samarbete med andra', 'Working with others', 4);
SET @d = LAST_INSERT_ID();
INSERT INTO capacity_item (domain_id, item_key, text_fi, text_sv, text_en, sort_order) VALUES
    (@d, 'works_with_colleagues', 'Toimii yhteistyössä työkavereiden kanssa', 'Samarbetar med arbetskamraterna',
        'Works together with co-workers', 1),
    (@d, 'communicates_appropriately', 'Asioi asiallisesti ohjaajien ja asiakkaiden kanssa',
        'Kommunicerar sakligt med handledare och kunder', 'Communicates appropriately with supervisors and customers', 2);

INSERT INTO capacity_domain (instrument_id, domain_key, name_fi, name_sv, name_en, sort_order)
VALUES (@ex, 'endurance', 'Fyysinen jaksaminen', 'Fysisk uthållighet', 'Physical endurance', 5);
SET @d = LAST_INSERT_ID();
INSERT INTO capacity_item (domain_id, item_key, text_fi, text_sv, text_en, sort_order) VALUES
    (@d, 'lasts_working_day', 'Jaksaa sovitun pituisen työpäivän', 'Orkar en arbetsdag av överenskommen längd',
        'Manages a working day of the agreed length', 1),
    (@d, 'physical_demands', 'Selviytyy tehtävien fyysisistä vaatimuksista', 'Klarar uppgifternas fysiska krav',
        'Copes with the physical demands of the tasks', 2);

INSERT INTO capacity_domain (instrument_id, domain_key, name_fi, name_sv, name_en, sort_order)
VALUES (@ex, 'independence', 'Itsenäisyys työssä', 'Självständighet i arbetet', 'Independence at work', 6);
SET @d = LAST_INSERT_ID();
INSERT INTO capacity_item (domain_id, item_key, text_fi, text_sv, text_en, sort_order) VALUES
    (@d, 'completes_tasks', 'Aloittaa ja saattaa tehtävät loppuun itsenäisesti',
        'Påbörjar och slutför uppgifter självständigt', 'Starts and finishes tasks independently', 1),
    (@d, 'plans_own_work', 'Suunnittelee oman työnsä kulun', 'Planerar sitt eget arbete', 'Plans the course of own work', 2);

INSERT INTO capacity_domain (instrument_id, domain_key, name_fi, name_sv, name_en, sort_order)
VALUES (@ex, 'daily_life', 'Arjen hallinta', 'Att klara vardagen', 'Managing daily life', 7);
SET @d = LAST_INSERT_ID();
INSERT INTO capacity_item (domain_id, item_key, text_fi, text_sv, text_en, sort_order) VALUES
    (@d, 'daily_routines', 'Huolehtii arjen rutiineista (uni, ruokailu, asiointi)',
        'Sköter vardagsrutinerna (sömn, måltider, ärenden)', 'Keeps up daily routines (sleep, meals, errands)', 1),
    (@d, 'appointments', 'Hoitaa sovitut tapaamiset ja asiointinsa', 'Sköter överenskomna möten och ärenden',
        'Keeps agreed appointments and handles own affairs', 2);

-- (c) Osallisuusindikaattori (THL). Official Finnish wording, never changed; answered by the trainee only.
-- THL's official Swedish and English statements are not included: the statements show in Finnish in every language.
INSERT INTO capacity_instrument (code, instrument_version, name_fi, name_sv, name_en, description_fi, description_sv,
    description_en, kind, rater_mode, scale_type, allow_not_assessed, example, fixed_wording, current_version, active,
    created_at, updated_at)
VALUES ('OSALLISUUSINDIKAATTORI', 1, 'Osallisuusindikaattori (THL)', 'Osallisuusindikaattori (THL)',
    'Osallisuusindikaattori (THL)',
    'THL:n validoima osallisuuden kokemuksen mittari: 10 väittämää, vastausasteikko 1–5. Vastataan jakson alussa ja lopussa. Tuloksia raportoidaan vain ryhmätasolla muutoksena, kun vastaajia on riittävästi; yksittäisen vastaajan tuloksia ei näytetä.',
    'THL:s validerade indikator för upplevd delaktighet: 10 påståenden, svarsskala 1–5. Besvaras i början och i slutet av perioden. Resultaten rapporteras endast på gruppnivå som förändring när antalet svarande är tillräckligt; enskilda svar visas aldrig. Påståendena visas på finska (officiell formulering).',
    'THL''s validated measure of the experience of inclusion: 10 statements, answer scale 1–5. Answered at the start and end of a period. Results are reported only per group, as change, when there are enough respondents; an individual''s answers are never shown. The statements are shown in Finnish (official wording).',
    'INCLUSION', 'SELF_ONLY', 'LEVELS', FALSE, FALSE, TRUE, TRUE, TRUE, NOW(6), NOW(6));
SET @oi = LAST_INSERT_ID();
INSERT INTO capacity_scale_point (instrument_id, point_value, label_fi) VALUES
    (@oi, 1, 'Olen täysin eri mieltä'),
    (@oi, 2, 'Olen melko eri mieltä'),
    (@oi, 3, 'En ole samaa enkä eri mieltä'),
    (@oi, 4, 'Olen melko samaa mieltä'),
    (@oi, 5, 'Olen täysin samaa mieltä');
INSERT INTO capacity_domain (instrument_id, domain_key, name_fi, sort_order)
VALUES (@oi, 'inclusion', 'Osallisuuden kokemus', 1);
SET @d = LAST_INSERT_ID();
INSERT INTO capacity_item (domain_id, item_key, text_fi, sort_order) VALUES
    (@d, 's01', 'Tunnen, että sillä on merkitystä, mitä minä teen.', 1),
    (@d, 's02', 'Muut ihmiset kehuvat ja kiittävät, kun teen asioita.', 2),
    (@d, 's03', 'Kuulun ryhmään tai yhteisöön, joka on tärkeä minulle.', 3),
    (@d, 's04', 'Muut ihmiset tarvitsevat minua.', 4),
    (@d, 's05', 'Voin vaikuttaa siihen, mitä omassa elämässäni tapahtuu.', 5),
    (@d, 's06', 'Tunnen, että elämälläni on tarkoitus.', 6),
    (@d, 's07', 'Voin tavoitella asioita, jotka ovat tärkeitä minulle.', 7),
    (@d, 's08', 'Muut ihmiset auttavat minua, kun tarvitsen apua.', 8),
    (@d, 's09', 'Muut ihmiset luottavat minuun.', 9),
    (@d, 's10', 'Voin vaikuttaa siihen, mitä kotonani ja lähiympäristössäni tapahtuu.', 10);
