-- Role-play scenarios for IT service and support desks, and the coachees' own rating of a completed session.
create table scenario (
    id                uuid primary key,
    title             varchar(120)  not null,
    situation         varchar(2000) not null,
    -- What the person playing the caller or colleague does: their mood, what they want and what they hold back.
    role_player_brief varchar(2000) not null,
    -- Skill codes of skills-service's catalogue, checked against it when HR writes a scenario.
    skills            varchar(64)[] not null,
    difficulty        varchar(16)   not null
        constraint scenario_difficulty_check check (difficulty in ('FOUNDATION', 'INTERMEDIATE', 'ADVANCED')),
    version           bigint        not null default 0,
    created_at        timestamptz   not null default now(),
    created_by        varchar(128)  not null,
    updated_at        timestamptz   not null default now(),
    updated_by        varchar(128)  not null,
    -- The unique index also serves the list, which walks scenarios in title order.
    constraint scenario_title_unique unique (title),
    constraint scenario_skills_count check (cardinality(skills) between 1 and 6),
    constraint scenario_skills_no_nulls check (array_position(skills, null) is null)
);

-- Answers "which scenarios exercise this skill" (skills @> array[code]) without reading every scenario.
create index scenario_skills_idx on scenario using gin (skills);

insert into scenario (id, title, situation, role_player_brief, skills, difficulty, created_by, updated_by) values
('5ce0a000-0000-4000-8000-000000000001', 'The third outage this week',
 'The order system has gone down for the third time in five days. A team lead from the warehouse calls the service '
 || 'desk: her shift cannot print picking lists, trucks are waiting, and she has already been told twice that it was '
 || 'fixed. The cause is known to second line, but no time for the fix has been given.',
 'Open loud and fast: "This is the third time. Who is actually responsible over there?" Interrupt the first two '
 || 'attempts to ask questions. Calm down only when the agent names the impact back to you in your own words and '
 || 'says plainly what they know and what they do not. If you hear "it should be fixed soon", get angry again and '
 || 'ask for a manager.',
 array['de-escalation', 'active-listening', 'calm-under-pressure', 'expectation-setting'], 'INTERMEDIATE',
 'system', 'system'),
('5ce0a000-0000-4000-8000-000000000002', 'Too embarrassed to ask',
 'A long-serving finance clerk calls about something he feels he should know: how to share a file from the new '
 || 'document system instead of attaching it to an e-mail. Younger colleagues showed him once, quickly, and he did '
 || 'not want to ask again.',
 'Apologise often ("sorry, this is probably a silly question"). Say you are fine even when you are lost. If the '
 || 'agent uses a word such as "link permissions" without explaining it, go quiet and say "ok". Open up and try the '
 || 'steps yourself only when the agent makes the question feel normal and checks, without testing you, that it worked.',
 array['adapting-explanations', 'patience', 'empathy'], 'FOUNDATION', 'system', 'system'),
('5ce0a000-0000-4000-8000-000000000003', 'The VIP who wants the rules bent',
 'The sales director is at an airport lounge and cannot sign in because his multi-factor app is on his old phone. '
 || 'He wants multi-factor sign-in switched off for his account "just for today". Policy allows an identity check '
 || 'through his assistant and a temporary access pass, which takes about fifteen minutes.',
 'Be charming first, then impatient: mention the contract you are about to sign and that you know the CIO. Push '
 || 'twice for the shortcut. Accept the alternative if the agent stays friendly, says no to the shortcut once and '
 || 'clearly, and gives you a concrete way forward with a time. Complain about "bureaucracy" if you only hear rules.',
 array['decision-making-within-policy', 'relationship-building', 'clear-spoken-communication', 'calm-under-pressure'],
 'ADVANCED', 'system', 'system'),
('5ce0a000-0000-4000-8000-000000000004', 'Little shared language',
 'A contractor who speaks little English calls because the VPN client shows an error after an update. He is '
 || 'working from a site office and must send measurements to the plant before noon.',
 'Speak in short, simple sentences and mix in words of your own language. Read the error message out slowly and '
 || 'partly wrong. Say "yes" to questions you did not understand. Follow instructions well once the agent uses short '
 || 'steps, one at a time, asks you to read back what you see, and does not speed up or use jargon.',
 array['clear-spoken-communication', 'patience', 'adapting-explanations', 'follow-up-questions'], 'INTERMEDIATE',
 'system', 'system'),
('5ce0a000-0000-4000-8000-000000000005', 'A day''s work gone',
 'A planner''s laptop restarted for updates in the afternoon and the budget workbook she had worked on all day is '
 || 'back to this morning''s version. Autosave was off for files on her desktop. A local temporary copy may still '
 || 'exist, but nothing can be promised.',
 'Sound close to tears, then blame IT for the forced restart. Ask three times "so it is all gone?". Settle when the '
 || 'agent acknowledges the loss without defending the update policy, tries the recovery with you step by step, and '
 || 'tells you honestly what the chances are and what happens if it fails.',
 array['empathy', 'ownership-and-follow-through', 'expectation-setting'], 'INTERMEDIATE', 'system', 'system'),
('5ce0a000-0000-4000-8000-000000000006', 'A colleague escalates in anger',
 'An application support engineer messages and then calls the service desk agent directly: the desk closed his '
 || 'team''s incident as "user error" and the customer has now complained to his manager. The closure was a '
 || 'mistake made on the night shift.',
 'You are a colleague, not a customer, so be blunt: "Do you even read the tickets?" Bring up older annoyances '
 || 'between the teams. Cool down when the agent owns the mistake for the desk without blaming the night shift, asks '
 || 'what you need now, and suggests how the teams avoid this next time.',
 array['emotional-intelligence', 'teamwork', 'de-escalation', 'giving-and-receiving-feedback'], 'ADVANCED',
 'system', 'system'),
('5ce0a000-0000-4000-8000-000000000007', 'No during the change freeze',
 'It is the last week of the quarter and a change freeze is in force. A project manager wants a new report '
 || 'published to the finance system today because the board meets on Monday. Only emergency changes approved by '
 || 'the change manager are allowed.',
 'Argue that a report is "not a real change". Say the board will blame IT. Ask the agent to "just do it quietly". '
 || 'Accept the answer when the agent explains the freeze in one or two sentences, does not hide behind it, and '
 || 'offers the emergency change route or another way to get the figures to the board in time.',
 array['decision-making-within-policy', 'expectation-setting', 'handling-change'], 'INTERMEDIATE', 'system', 'system'),
('5ce0a000-0000-4000-8000-000000000008', 'Breaking bad news about data loss',
 'A failed backup job went unnoticed for three weeks. The design team''s shared drive was damaged yesterday and can '
 || 'only be restored to the state of three weeks ago. The agent has to tell the team lead, who does not know yet.',
 'Start friendly, expecting good news. When you hear the news, go silent for a moment, then ask how this could '
 || 'happen and who is accountable. Ask whether the agent is "sure". Respect an agent who says it straight early, '
 || 'does not drown you in technical detail, takes responsibility for the organisation and tells you what happens next.',
 array['empathy', 'clear-spoken-communication', 'ownership-and-follow-through', 'calm-under-pressure'], 'ADVANCED',
 'system', 'system'),
('5ce0a000-0000-4000-8000-000000000009', 'The ticket nobody owns',
 'A user''s shared mailbox has not synced for two weeks. Her ticket went from the desktop team to the network '
 || 'team, to the messaging team and back to the desk. She calls again and gets a new agent.',
 'Sigh a lot and start by saying "I will explain it for the fifth time". Test whether the agent has read the '
 || 'history. Become cooperative when the agent summarises the history without making you repeat it, takes '
 || 'ownership of getting it solved, and promises one concrete next step with a time they will call you back.',
 array['ownership-and-follow-through', 'teamwork', 'service-orientation', 'active-listening'], 'INTERMEDIATE',
 'system', 'system'),
('5ce0a000-0000-4000-8000-00000000000a', 'A failing laptop before the presentation',
 'A consultant working from home calls forty minutes before a client presentation: her laptop keeps freezing and '
 || 'restarting. A replacement cannot reach her in time. The presentation file is in cloud storage.',
 'Talk fast and jump between the laptop, the client and your boss. Want the laptop fixed, not a workaround. Follow '
 || 'an agent who quickly sorts out what matters most (giving the presentation), proposes a plan for the next forty '
 || 'minutes such as presenting from another device, and leaves the repair for afterwards.',
 array['prioritising-by-impact', 'calm-under-pressure', 'critical-thinking', 'clear-spoken-communication'],
 'INTERMEDIATE', 'system', 'system'),
('5ce0a000-0000-4000-8000-00000000000b', 'The caller who has tried everything',
 'A developer reports that her build machine cannot reach the package mirror. She has already restarted, cleared '
 || 'caches and checked the proxy settings, and she is annoyed at having to call at all.',
 'Answer scripted questions with "already done that". Use technical terms on purpose. Give useful details only to '
 || 'an agent who acknowledges what you have already tried, asks sharper questions than the script, and is honest '
 || 'about what they can check from the desk and when they pass it on.',
 array['follow-up-questions', 'relationship-building', 'curiosity'], 'INTERMEDIATE', 'system', 'system'),
('5ce0a000-0000-4000-8000-00000000000c', 'The one-word chat',
 'A user opens a chat saying only "printer broken". The office has twelve printers and a new print system went live '
 || 'on Monday.',
 'Answer in one or two words, with long pauses. Do not volunteer the floor, the printer or the error. Give more when '
 || 'the agent writes short, friendly messages, asks one clear question at a time, and offers choices you can pick '
 || 'from. Leave the chat if you get a wall of text.',
 array['clear-written-communication', 'follow-up-questions', 'patience'], 'FOUNDATION', 'system', 'system');

-- A coachee's own rating of a completed session, given once.
create table session_coachee_feedback (
    session_id  uuid          not null references coaching_session (id),
    employee_id varchar(64)   not null,
    rating      smallint      not null constraint session_coachee_feedback_rating check (rating between 1 and 5),
    comment     varchar(2000),
    given_at    timestamptz   not null,
    constraint session_coachee_feedback_once primary key (session_id, employee_id)
);
