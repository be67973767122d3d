-- Catalog seed (reference §7): 7 categories, their subcategories and services, with search terms,
-- eligible age groups, default durations and optional price floors. Ids are fixed ULIDs so that
-- environments agree. Clean break (pre-launch): edit this file in place.
INSERT INTO service_categories (id, name, slug, description, display_order) VALUES
    ('01KDWC0000CAT0000000000001', 'Tutoring & Test Prep', 'tutoring-test-prep', 'Academic tutoring and exam preparation', 1),
    ('01KDWC0000CAT0000000000002', 'Music', 'music', 'Instruments, voice and music theory', 2),
    ('01KDWC0000CAT0000000000003', 'Dance', 'dance', 'Dance styles for every age and level', 3),
    ('01KDWC0000CAT0000000000004', 'Languages', 'languages', 'Spoken languages and conversation', 4),
    ('01KDWC0000CAT0000000000005', 'Sports & Fitness', 'sports-fitness', 'Sports coaching and personal training', 5),
    ('01KDWC0000CAT0000000000006', 'Arts', 'arts', 'Visual arts, crafts and performance', 6),
    ('01KDWC0000CAT0000000000007', 'Hobbies & Life Skills', 'hobbies-life-skills', 'Practical skills and pastimes', 7);
