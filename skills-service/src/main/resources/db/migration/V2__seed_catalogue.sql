-- Seed catalogue: five categories and the soft skills of IT service and support work,
-- each with a five-level rubric of behavioural indicators that coaches score against.
-- Written in the project's own words. Search columns are filled by the triggers in V1.
-- Fixed ids so that other seeds and tests can refer to them.

insert into category (id, code, name, description, position, created_by, updated_by) values
    ('00000000-0000-4000-8000-0000000000c1', 'communication', 'Communication',
     'Getting information across and taking it in, by voice, in writing and through non-verbal signals. Covers calls, chat, tickets, emails and site visits.',
     1, 'seed', 'seed'),
    ('00000000-0000-4000-8000-0000000000c2', 'interpersonal', 'Interpersonal skills',
     'How people relate to users and colleagues. Covers empathy, patience, service and working with others, including calming tense situations.',
     2, 'seed', 'seed'),
    ('00000000-0000-4000-8000-0000000000c3', 'self-management', 'Self-management',
     'How people manage their own emotions, time, attitude and commitments. These skills keep quality steady under pressure and through change.',
     3, 'seed', 'seed'),
    ('00000000-0000-4000-8000-0000000000c4', 'thinking-and-decisions', 'Thinking and decisions',
     'How people reason about problems and make choices. Covers diagnosis, prioritisation, learning and judgement within policy.',
     4, 'seed', 'seed'),
    ('00000000-0000-4000-8000-0000000000c5', 'leadership', 'Leadership and development',
     'How people guide, develop and support others, with or without a title. Covers leading, coaching, feedback and sharing knowledge.',
     5, 'seed', 'seed');

-- active-listening
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000101', 'active-listening', 'Active listening',
     'Listening to understand the whole problem before acting on it. On a call or chat this means letting the user finish, catching what they leave out and checking that you heard them right. It stops analysts from fixing the wrong problem.',
     '00000000-0000-4000-8000-0000000000c1', 'SOFT', 'ACTIVE', 'https://www.onetonline.org/find/descriptor/result/2.A.1.b', '{calls,chat,tickets}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000101', 1, 'Aware', ARRAY[
            'Lets the user finish their opening description when reminded not to interrupt.',
            'Can explain in a review why confirming the issue before troubleshooting saves time.',
            'Repeats the problem back to the user when a coach or checklist prompts it.']),
    ('00000000-0000-4000-8000-000000000101', 2, 'Developing', ARRAY[
            'Summarises the main issue back to the user on most routine contacts.',
            'Interrupts less often, but still jumps to a fix when a problem sounds familiar.',
            'Notes key details such as error text and times in the ticket during the call.']),
    ('00000000-0000-4000-8000-000000000101', 3, 'Proficient', ARRAY[
            'Summarises the caller''s problem in their own words before starting to troubleshoot, on every contact.',
            'Picks up details the user mentions in passing, such as a recent change, and asks about them.',
            'Uses short verbal cues on calls, such as "I see" or "go on", so the user knows they are heard.']),
    ('00000000-0000-4000-8000-000000000101', 4, 'Advanced', ARRAY[
            'Hears what is not said, such as worry about a deadline, and names it back to the user.',
            'Keeps listening well on long, emotional or multi-issue calls and confirms each issue separately.',
            'Can point to the moment in a recorded call where a peer stopped listening and say what it cost.']),
    ('00000000-0000-4000-8000-000000000101', 5, 'Role model', ARRAY[
            'Runs call reviews or role plays where colleagues practise summarising before fixing.',
            'Adds a listening check to the team''s call structure or quality form and keeps it in use.',
            'Has calls used by coaches as teaching examples of listening on difficult contacts.']);

-- empathy
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000102', 'empathy', 'Empathy',
     'Understanding how the user feels about the problem and showing it in what you say and do. An outage can mean a missed deadline or a stuck patient record, not just a broken service. Empathy means seeing the user''s position, not feeling sorry for them.',
     '00000000-0000-4000-8000-0000000000c2', 'SOFT', 'ACTIVE', 'https://www.onetonline.org/find/descriptor/result/2.B.1.a', '{calls,chat,customer-experience}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000102', 1, 'Aware', ARRAY[
            'Uses a stock phrase of regret, such as "sorry for the trouble", when the script prompts it.',
            'Can describe how the issue affected the user when a coach asks in a review.']),
    ('00000000-0000-4000-8000-000000000102', 2, 'Developing', ARRAY[
            'Acknowledges the user''s frustration on most calls before moving on to questions.',
            'Often uses the same scripted phrase whatever the situation.',
            'Asks about the impact on the user''s work when the ticket form asks for it.']),
    ('00000000-0000-4000-8000-000000000102', 3, 'Proficient', ARRAY[
            'Names the specific impact back to the user, such as a missed payroll run, in their own words.',
            'Matches urgency to the user''s situation, for example offering a workaround first when the user is blocked.',
            'Records the business impact in the ticket so the next person understands it too.']),
    ('00000000-0000-4000-8000-000000000102', 4, 'Advanced', ARRAY[
            'Stays empathetic with users who are rude or blame the service desk, without taking it personally.',
            'Spots when a user is embarrassed to ask for help and reassures them without talking down.',
            'Adjusts tone for sensitive contexts, such as a clinician mid-shift or a user locked out before a presentation.']),
    ('00000000-0000-4000-8000-000000000102', 5, 'Role model', ARRAY[
            'Shows in role plays the difference between empathy and sympathy and how to voice each.',
            'Helps the team replace stock apology phrases with wording that fits the situation.',
            'Coaches peers after hard calls on how to read and respond to the user''s position.']);

-- patience
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000103', 'patience', 'Patience',
     'Staying calm and unhurried while a user explains, struggles with a step or repeats themselves. Patience also means understanding the problem before jumping to a fix. It matters most with users who are stressed or not confident with technology.',
     '00000000-0000-4000-8000-0000000000c2', 'SOFT', 'ACTIVE', null, '{calls,chat,field}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000103', 1, 'Aware', ARRAY[
            'Knows that rushing the user leads to repeat contacts and can say why.',
            'Slows down when a colleague or coach points out that they are rushing.']),
    ('00000000-0000-4000-8000-000000000103', 2, 'Developing', ARRAY[
            'Waits for the user to finish a step before giving the next one on most calls.',
            'Lets impatience show on long calls through sighs, fast speech or short replies.',
            'Repeats an instruction when asked, though often in the same words.']),
    ('00000000-0000-4000-8000-000000000103', 3, 'Proficient', ARRAY[
            'Gives one step at a time and waits for the user to confirm it is done.',
            'Repeats instructions in different words without any sign of irritation.',
            'Takes time to understand the problem before offering a fix, even when the queue is long.']),
    ('00000000-0000-4000-8000-000000000103', 4, 'Advanced', ARRAY[
            'Keeps a level tone with a user who is shouting or repeating the same complaint.',
            'Guides users with low confidence through multi-step fixes instead of taking over the screen by default.',
            'Notices their own impatience building and uses a pause or a summary to reset.']),
    ('00000000-0000-4000-8000-000000000103', 5, 'Role model', ARRAY[
            'Shows in role plays how to slow a call down without losing control of it.',
            'Helps the team plan time for slow, careful calls so nobody feels pushed to rush them.',
            'Is the person colleagues pass anxious or vulnerable users to, and explains afterwards what they did.']);

-- clear-spoken-communication
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000104', 'clear-spoken-communication', 'Clear spoken communication',
     'Speaking so the user understands the first time. This covers pace, plain words, clear structure and a confident tone on the phone, on video and in person. Clear speech cuts call time and repeat contacts.',
     '00000000-0000-4000-8000-0000000000c1', 'SOFT', 'ACTIVE', 'https://www.onetonline.org/find/descriptor/result/2.A.1.d', '{calls,voice,video}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000104', 1, 'Aware', ARRAY[
            'Knows that jargon and fast speech confuse users and can give examples.',
            'Uses the standard greeting and closing when following the script.']),
    ('00000000-0000-4000-8000-000000000104', 2, 'Developing', ARRAY[
            'Speaks at a steady pace on routine calls, but speeds up when unsure.',
            'Swaps common jargon for plain words when the user sounds confused or asks.',
            'Gives instructions that mostly work but sometimes packs several steps into one sentence.']),
    ('00000000-0000-4000-8000-000000000104', 3, 'Proficient', ARRAY[
            'Gives one clear instruction at a time, naming the exact button or menu.',
            'Says what they are doing and why during silences, such as while checking a system.',
            'Ends each call with a short summary of what was done and what happens next.']),
    ('00000000-0000-4000-8000-000000000104', 4, 'Advanced', ARRAY[
            'Explains a major incident or a complex fix clearly to a non-technical manager on the phone.',
            'Keeps a calm, confident tone when giving unwelcome news, such as a long wait for a fix.',
            'Adjusts volume, pace and wording for poor lines, strong accents or users with hearing difficulties.']),
    ('00000000-0000-4000-8000-000000000104', 5, 'Role model', ARRAY[
            'Writes or improves call scripts and phrase guides that the team uses.',
            'Leads the spoken side of incident bridges or briefings in a structure others copy.',
            'Coaches peers on pace, structure and plain words using call recordings.']);

-- clear-written-communication
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000105', 'clear-written-communication', 'Clear written communication',
     'Writing ticket notes, chat replies, emails and updates that the reader can act on without asking again. Good writing is short, accurate and in plain words. The reader may be the user, the next shift or a resolver team.',
     '00000000-0000-4000-8000-0000000000c1', 'SOFT', 'ACTIVE', 'https://www.onetonline.org/find/descriptor/result/2.A.1.c', '{tickets,chat,email,knowledge-base}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000105', 1, 'Aware', ARRAY[
            'Records the basics in a ticket, such as symptom and user, when the form requires it.',
            'Knows that notes like "fixed" or "done" cause rework, and improves them when asked.']),
    ('00000000-0000-4000-8000-000000000105', 2, 'Developing', ARRAY[
            'Writes ticket notes that list the steps taken but may leave out results or next steps.',
            'Uses templates for user emails and edits them lightly to fit.',
            'Makes spelling or clarity slips that a reviewer has to catch.']),
    ('00000000-0000-4000-8000-000000000105', 3, 'Proficient', ARRAY[
            'Writes ticket notes with symptom, steps taken, results and next action, so another analyst can pick it up cold.',
            'Sends chat and email replies in plain words, with numbered steps when there is more than one.',
            'Writes resolution notes that tell the user what was wrong and what to do if it happens again.']),
    ('00000000-0000-4000-8000-000000000105', 4, 'Advanced', ARRAY[
            'Writes incident updates for a wide audience that state impact, current status and the time of the next update.',
            'Rewrites a resolver team''s technical notes into plain words for the user without losing accuracy.',
            'Changes the length and tone of a message for executives, end users or engineers.']),
    ('00000000-0000-4000-8000-000000000105', 5, 'Role model', ARRAY[
            'Sets or improves the team''s ticket note and email templates, and others adopt them.',
            'Reviews peers'' tickets and gives specific feedback on clarity.',
            'Has tickets and updates used as examples in team training.']);

-- non-verbal-awareness
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000106', 'non-verbal-awareness', 'Non-verbal awareness',
     'Noticing the signals behind the words and managing your own. On the phone this is tone, pace, sighs and silence; in chat it is reply speed and curt answers; on site or on video it is body language. It helps analysts spot stress or confusion the user does not say out loud.',
     '00000000-0000-4000-8000-0000000000c1', 'SOFT', 'ACTIVE', null, '{calls,chat,video,field}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000106', 1, 'Aware', ARRAY[
            'Knows that tone of voice and body language affect how the user feels about the service.',
            'Notices obvious signals, such as a raised voice, when a coach points them out in a recording.']),
    ('00000000-0000-4000-8000-000000000106', 2, 'Developing', ARRAY[
            'Reacts to clear signs of frustration, such as sighs or curt chat replies.',
            'Keeps a friendly tone on easy calls but lets it slip when tired or busy.']),
    ('00000000-0000-4000-8000-000000000106', 3, 'Proficient', ARRAY[
            'Checks in when a user goes quiet or replies slowly in chat, for example by asking if the last step worked.',
            'Keeps their own tone, posture and expression steady and open on calls, video and site visits.',
            'Asks before touching a user''s desk, device or belongings during a site visit.']),
    ('00000000-0000-4000-8000-000000000106', 4, 'Advanced', ARRAY[
            'Reads subtle cues, such as a pause before "yes", and checks whether the user really understood.',
            'Notices when words and tone do not match, such as a flat "it''s fine", and explores it.',
            'Uses their own pace and tone on purpose to calm a tense conversation.']),
    ('00000000-0000-4000-8000-000000000106', 5, 'Role model', ARRAY[
            'Uses call or video recordings in coaching to show peers the cues they missed.',
            'Adds guidance on tone, chat manners and conduct on site to the team''s standards.',
            'Is the team''s reference example for composure on site and on camera.']);

-- follow-up-questions
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000107', 'follow-up-questions', 'Asking follow-up questions',
     'Asking the next right question to fill gaps and clear up meaning. Good follow-up questions move from open to specific and uncover scope, timing, recent changes and impact. They turn a vague report into a ticket someone can act on.',
     '00000000-0000-4000-8000-0000000000c1', 'SOFT', 'ACTIVE', null, '{calls,chat,triage}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000107', 1, 'Aware', ARRAY[
            'Asks the questions on the triage script when reminded.',
            'Can explain the difference between open and closed questions.']),
    ('00000000-0000-4000-8000-000000000107', 2, 'Developing', ARRAY[
            'Asks a few clarifying questions on routine issues but may miss key facts, such as when it started.',
            'Sometimes asks several questions at once, which confuses the user.']),
    ('00000000-0000-4000-8000-000000000107', 3, 'Proficient', ARRAY[
            'Asks one question at a time and builds on the previous answer.',
            'Establishes scope, start time, recent changes and impact before escalating.',
            'Opens with broad questions, then uses closed ones to confirm details.']),
    ('00000000-0000-4000-8000-000000000107', 4, 'Advanced', ARRAY[
            'Finds the hidden detail behind unclear problems, such as a shared account or a different building, through targeted questions.',
            'Asks questions that test their first theory rather than only confirm it.',
            'Gets the facts needed from upset or rushed users without sounding like an interrogation.']),
    ('00000000-0000-4000-8000-000000000107', 5, 'Role model', ARRAY[
            'Builds and maintains question sets for common issues that the team uses in triage.',
            'Coaches peers on question order using real tickets where a key fact was missed.',
            'Has escalations that rarely bounce back from resolver teams for missing information.']);

-- adapting-explanations
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000108', 'adapting-explanations', 'Adapting explanations to the audience',
     'Judging what the user already knows and explaining at that level. The aim is that the user understands and feels capable, not confused or talked down to. The same fix may need one explanation for an engineer and another for a new starter.',
     '00000000-0000-4000-8000-0000000000c1', 'SOFT', 'ACTIVE', null, '{calls,chat,training}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000108', 1, 'Aware', ARRAY[
            'Knows that users have different levels of technical knowledge.',
            'Simplifies an explanation when the user says they do not understand.']),
    ('00000000-0000-4000-8000-000000000108', 2, 'Developing', ARRAY[
            'Uses plain words with most users but falls back on jargon for unfamiliar topics.',
            'Relies on one or two standard analogies whatever the audience.']),
    ('00000000-0000-4000-8000-000000000108', 3, 'Proficient', ARRAY[
            'Listens or asks for cues about the user''s knowledge early in the call and pitches the explanation to fit.',
            'Checks understanding by asking the user to try the step or say what they will do, rather than asking "does that make sense?".',
            'Never makes the user feel slow or a burden, for example by repeating the same words louder.']),
    ('00000000-0000-4000-8000-000000000108', 4, 'Advanced', ARRAY[
            'Switches between technical detail and plain words within one call, such as with a user and their IT-savvy colleague.',
            'Explains the cause of an issue so the user can prevent it next time.',
            'Picks the right medium for the user, such as a screenshot, a shared screen or a short guide.']),
    ('00000000-0000-4000-8000-000000000108', 5, 'Role model', ARRAY[
            'Writes user guides and knowledge articles pitched at the right level for their readers.',
            'Trains new analysts to gauge a user''s knowledge, using examples from real calls.',
            'Collects and shares explanations and analogies that work well for common issues.']);

-- expectation-setting
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000109', 'expectation-setting', 'Setting expectations',
     'Telling users honestly what will happen next, who will do it and when. Clear expectations reduce chasers, complaints and anger when a fix takes time. It also means not promising what the team cannot deliver.',
     '00000000-0000-4000-8000-0000000000c1', 'SOFT', 'ACTIVE', null, '{tickets,sla,calls}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000109', 1, 'Aware', ARRAY[
            'Gives the user the ticket number when the script prompts it.',
            'Knows that vague promises like "someone will call you soon" lead to complaints.']),
    ('00000000-0000-4000-8000-000000000109', 2, 'Developing', ARRAY[
            'States the next step at the end of most calls, but timeframes are sometimes vague.',
            'Sometimes promises a time that depends on another team without checking first.']),
    ('00000000-0000-4000-8000-000000000109', 3, 'Proficient', ARRAY[
            'Closes every contact with what happens next, who owns it and when the user will hear back.',
            'Gives timeframes that match the service level and the resolver team''s real queue.',
            'Updates the user before a promised time passes if the plan changes.']),
    ('00000000-0000-4000-8000-000000000109', 4, 'Advanced', ARRAY[
            'Explains delays and limits, such as a part on order or a change freeze, without blaming other teams.',
            'Resets expectations with senior or demanding users calmly and confirms them in writing.',
            'Offers interim options, such as a loan laptop or a workaround, while the full fix waits.']),
    ('00000000-0000-4000-8000-000000000109', 5, 'Role model', ARRAY[
            'Shapes the team''s standard wording for next steps and update promises.',
            'Uses complaint and chaser data to show where expectations were unclear, and coaches the team on it.',
            'Agrees realistic update rhythms with resolver teams so the whole desk can promise them.']);

-- critical-thinking
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-00000000010a', 'critical-thinking', 'Critical thinking',
     'Weighing the evidence before settling on a cause or a fix. It means testing assumptions, ruling things out in a sensible order and noticing when facts do not fit. It prevents wasted effort and wrong escalations.',
     '00000000-0000-4000-8000-0000000000c4', 'SOFT', 'ACTIVE', 'https://www.onetonline.org/find/descriptor/result/2.A.2.a', '{troubleshooting,triage,incidents}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-00000000010a', 1, 'Aware', ARRAY[
            'Follows the troubleshooting guide step by step.',
            'Can say why a fix worked when a coach asks afterwards.']),
    ('00000000-0000-4000-8000-00000000010a', 2, 'Developing', ARRAY[
            'Forms a theory about the cause but may hold on to it after the evidence turns against it.',
            'Checks the obvious things first, such as whether other users are affected.']),
    ('00000000-0000-4000-8000-00000000010a', 3, 'Proficient', ARRAY[
            'States a likely cause and tests it before applying a fix.',
            'Looks for patterns, such as several tickets from one site, and links them.',
            'Records in the ticket what was ruled out and why.']),
    ('00000000-0000-4000-8000-00000000010a', 4, 'Advanced', ARRAY[
            'Politely questions a user''s or colleague''s diagnosis when the facts do not fit.',
            'Spots when a reported issue is a symptom of a wider incident and raises it early.',
            'Weighs the risk of a fix, such as a reset that loses data, before trying it.']),
    ('00000000-0000-4000-8000-00000000010a', 5, 'Role model', ARRAY[
            'Runs ticket or post-incident reviews that help the team see where reasoning went wrong.',
            'Improves troubleshooting guides based on patterns they find.',
            'Teaches peers to separate facts from assumptions using real cases.']);

-- decision-making-within-policy
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-00000000010b', 'decision-making-within-policy', 'Decision making within policy',
     'Making sound calls on the spot while staying inside policy, security rules and service agreements. It means knowing where the boundaries are and when to escalate. Sometimes it means choosing between the letter of a rule and what is right for the user, and being able to explain the choice.',
     '00000000-0000-4000-8000-0000000000c4', 'SOFT', 'ACTIVE', 'https://www.onetonline.org/find/descriptor/result/2.B.4.e', '{policy,security,escalation}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-00000000010b', 1, 'Aware', ARRAY[
            'Knows the main policies that apply, such as identity checks before a password reset.',
            'Asks a team lead before deciding anything outside the script.']),
    ('00000000-0000-4000-8000-00000000010b', 2, 'Developing', ARRAY[
            'Makes routine decisions alone, such as the priority of common issues.',
            'Escalates grey-area cases but may not give the lead the facts needed to decide.']),
    ('00000000-0000-4000-8000-00000000010b', 3, 'Proficient', ARRAY[
            'Applies policy the same way every time, including identity checks with senior or impatient users.',
            'Decides within their own authority without waiting for approval, and notes the reason in the ticket.',
            'Escalates grey-area cases with the options and a recommendation.']),
    ('00000000-0000-4000-8000-00000000010b', 4, 'Advanced', ARRAY[
            'Finds a compliant way to help when the direct route is not allowed, such as a workaround approved by the right owner.',
            'Explains a refusal to the user by giving the reason, not just "it''s policy".',
            'Makes timely calls during incidents on incomplete information and revisits them as facts arrive.']),
    ('00000000-0000-4000-8000-00000000010b', 5, 'Role model', ARRAY[
            'Proposes changes, with evidence, to policies or procedures that get in the way of good service.',
            'Helps the team see where the boundaries lie through worked examples and case discussions.',
            'Is trusted by leads to handle exceptions, and their decisions hold up on review.']);

-- calm-under-pressure
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-00000000010c', 'calm-under-pressure', 'Calm under pressure',
     'Keeping a clear head and a steady voice when queues are long, systems are down or a user is angry. Calm analysts think better and make users feel safer. This skill is about the analyst''s own state, which then shapes the contact.',
     '00000000-0000-4000-8000-0000000000c3', 'SOFT', 'ACTIVE', null, '{incidents,stress,queue}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-00000000010c', 1, 'Aware', ARRAY[
            'Recognises when they are getting stressed and can name what triggers it.',
            'Asks for help or a short break when a lead suggests it.']),
    ('00000000-0000-4000-8000-00000000010c', 2, 'Developing', ARRAY[
            'Stays calm on most calls, but tone or accuracy slips during big incidents or long queues.',
            'Recovers after a difficult call, though it may still affect the next one.']),
    ('00000000-0000-4000-8000-00000000010c', 3, 'Proficient', ARRAY[
            'Keeps voice, pace and ticket quality steady during high volume or a major incident.',
            'Takes a breath or uses a short hold to regain focus before replying to a hostile user.',
            'Starts each new contact fresh, without carrying a bad call into it.']),
    ('00000000-0000-4000-8000-00000000010c', 4, 'Advanced', ARRAY[
            'Stays composed while juggling an incident bridge, an angry caller and a full queue.',
            'Helps stressed colleagues settle during busy periods, for example by taking a hard call.',
            'Keeps notes and decisions accurate under time pressure.']),
    ('00000000-0000-4000-8000-00000000010c', 5, 'Role model', ARRAY[
            'Sets the tone for the team in a crisis, so that others visibly calm down around them.',
            'Shares practical techniques for staying calm in team briefings or coaching.',
            'Helps the team build routines, such as a short reset after tough calls, that protect people under pressure.']);

-- positive-attitude
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-00000000010d', 'positive-attitude', 'Positive attitude',
     'Approaching users, problems and colleagues with energy and good faith. A positive attitude shows in a willing tone, a focus on what can be done and respect for others. It lifts both the user''s experience and the team''s morale.',
     '00000000-0000-4000-8000-0000000000c3', 'SOFT', 'ACTIVE', null, '{morale,teamwork,customer-experience}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-00000000010d', 1, 'Aware', ARRAY[
            'Is polite and willing on calls when things are going well.',
            'Sees how complaining about users or other teams drags the mood down, once it is pointed out.']),
    ('00000000-0000-4000-8000-00000000010d', 2, 'Developing', ARRAY[
            'Focuses on what they can do for the user on most calls.',
            'Sometimes lets frustration with tools or other teams show to users.']),
    ('00000000-0000-4000-8000-00000000010d', 3, 'Proficient', ARRAY[
            'Uses "here is what I can do" wording instead of "I can''t".',
            'Speaks respectfully about users and other teams, in tickets and in the team room.',
            'Takes on unfamiliar or unpopular tickets willingly.']),
    ('00000000-0000-4000-8000-00000000010d', 4, 'Advanced', ARRAY[
            'Keeps a constructive tone through long outages or repeated problems.',
            'Turns complaints about a process into concrete suggestions for improvement.',
            'Recognises colleagues'' good work openly.']),
    ('00000000-0000-4000-8000-00000000010d', 5, 'Role model', ARRAY[
            'Visibly builds team morale, for example by starting shout-outs or sharing wins from tickets.',
            'Challenges negative talk about users or teams in a constructive way.',
            'Helps new starters settle in and feel part of the team.']);

-- emotional-intelligence
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-00000000010e', 'emotional-intelligence', 'Emotional intelligence',
     'Noticing and managing your own emotions and reading those of others. It joins self-awareness, self-control and awareness of how others feel. In support work it shapes how an analyst reacts to blame, pressure and conflict.',
     '00000000-0000-4000-8000-0000000000c3', 'SOFT', 'ACTIVE', null, '{self-awareness,calls,teamwork}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-00000000010e', 1, 'Aware', ARRAY[
            'Can name their own emotions after a difficult call when asked in a debrief.',
            'Knows that their mood affects how users and colleagues respond.']),
    ('00000000-0000-4000-8000-00000000010e', 2, 'Developing', ARRAY[
            'Notices strong emotions in others, such as anger, but misses quieter ones such as anxiety.',
            'Manages their reaction on most calls but may get defensive when criticised.']),
    ('00000000-0000-4000-8000-00000000010e', 3, 'Proficient', ARRAY[
            'Notices their own emotion rising during a call and adjusts before it shows.',
            'Responds to criticism from users or leads without getting defensive, and asks what would help.',
            'Adapts to the user''s emotional state, for example by slowing down for an anxious caller.']),
    ('00000000-0000-4000-8000-00000000010e', 4, 'Advanced', ARRAY[
            'Reads the mood of a group, such as a tense team meeting, and adapts what they say.',
            'Separates the user''s anger from the technical problem and deals with both.',
            'Reflects on patterns in their own reactions and works on them with a coach.']),
    ('00000000-0000-4000-8000-00000000010e', 5, 'Role model', ARRAY[
            'Talks openly about handling emotions at work and makes it normal in the team.',
            'Helps colleagues debrief after hard calls in a supportive way.',
            'Brings awareness of people''s feelings into team decisions, such as rota or process changes.']);

-- relationship-building
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-00000000010f', 'relationship-building', 'Relationship building',
     'Building trust over time with users, resolver teams, suppliers and key stakeholders. Good relationships make escalations smoother and users more forgiving when things go wrong. They come from being reliable, respectful and interested in other people''s work.',
     '00000000-0000-4000-8000-0000000000c2', 'SOFT', 'ACTIVE', null, '{stakeholders,resolver-teams,vip}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-00000000010f', 1, 'Aware', ARRAY[
            'Is polite and professional with users and other teams.',
            'Knows which resolver teams they deal with most.']),
    ('00000000-0000-4000-8000-00000000010f', 2, 'Developing', ARRAY[
            'Remembers regular users and their context when they call back.',
            'Has good working links with a few people in other teams.']),
    ('00000000-0000-4000-8000-00000000010f', 3, 'Proficient', ARRAY[
            'Keeps promises to users and teams, and others notice it.',
            'Knows contacts in key resolver teams by name and works with them directly when that is appropriate.',
            'Shows interest in the user''s work and uses it to give better help.']),
    ('00000000-0000-4000-8000-00000000010f', 4, 'Advanced', ARRAY[
            'Repairs strained relationships, for example with a department unhappy after a badly handled outage.',
            'Acts as a trusted contact for key users or sites.',
            'Builds links with suppliers and other teams that speed up escalations.']),
    ('00000000-0000-4000-8000-00000000010f', 5, 'Role model', ARRAY[
            'Sets up regular contact between the service desk and key business areas or resolver teams.',
            'Helps new starters build their own network.',
            'Is asked by leaders to represent the team with stakeholders.']);

-- teamwork
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000110', 'teamwork', 'Teamwork',
     'Working with others so the whole team delivers, not just the individual. In support this means clean handoffs, sharing the load at busy times and helping on shared incidents. It spans the service desk, the NOC, field staff and resolver teams.',
     '00000000-0000-4000-8000-0000000000c2', 'SOFT', 'ACTIVE', null, '{handoffs,shifts,collaboration}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000110', 1, 'Aware', ARRAY[
            'Does their share of the queue and joins team activities when asked.',
            'Passes tickets on with the basic information needed.']),
    ('00000000-0000-4000-8000-000000000110', 2, 'Developing', ARRAY[
            'Helps colleagues when asked, even when busy with their own work.',
            'Gives shift handovers that cover the main open issues.']),
    ('00000000-0000-4000-8000-000000000110', 3, 'Proficient', ARRAY[
            'Offers help unprompted when the queue spikes or a colleague is stuck.',
            'Writes handoffs and escalations that the receiver can act on without calling back.',
            'Tells the team about anything in their own tickets that may affect others, such as a possible wider issue.']),
    ('00000000-0000-4000-8000-000000000110', 4, 'Advanced', ARRAY[
            'Coordinates work across teams during incidents so that nobody duplicates effort.',
            'Resolves friction between colleagues or teams constructively.',
            'Puts team results ahead of personal figures, for example by taking long calls at busy times.']),
    ('00000000-0000-4000-8000-000000000110', 5, 'Role model', ARRAY[
            'Shapes how the team works together, such as the handover format or how it swarms on tickets.',
            'Builds trust between the service desk and other teams.',
            'Is the person others ask to pull a group together on a hard problem.']);

-- handling-change
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000111', 'handling-change', 'Handling change',
     'Adapting well to new tools, processes, structures and priorities. Support teams face constant change, from a new ticketing system to a new escalation path. Handling change also means helping users through changes that affect them.',
     '00000000-0000-4000-8000-0000000000c3', 'SOFT', 'ACTIVE', null, '{change,adaptability,tools}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000111', 1, 'Aware', ARRAY[
            'Follows a new process when reminded, while still slipping into old habits.',
            'Knows where to find information about recent changes.']),
    ('00000000-0000-4000-8000-000000000111', 2, 'Developing', ARRAY[
            'Adopts new tools and processes within the expected time, with some support.',
            'Raises concerns about a change, but more as complaints than as questions.']),
    ('00000000-0000-4000-8000-000000000111', 3, 'Proficient', ARRAY[
            'Uses new processes correctly from go-live and updates their own habits quickly.',
            'Explains changes to users helpfully, covering what is different and why.',
            'Raises problems with a change through the right channel, with examples.']),
    ('00000000-0000-4000-8000-000000000111', 4, 'Advanced', ARRAY[
            'Stays effective when priorities or plans change at short notice.',
            'Helps colleagues adapt, for example by sharing tips on a new tool.',
            'Spots the knock-on effects of a change on users or other teams and flags them early.']),
    ('00000000-0000-4000-8000-000000000111', 5, 'Role model', ARRAY[
            'Acts as a change champion, trying new tools early and training the team.',
            'Helps leaders plan how a change is introduced to the team and to users.',
            'Shows others how to stay positive and practical through uncertainty.']);

-- leadership
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000112', 'leadership', 'Leadership',
     'Giving direction and setting an example, with or without a formal title. In support it shows as taking charge in an incident, setting standards through your own work and helping others succeed. Leaders communicate at every level and earn trust.',
     '00000000-0000-4000-8000-0000000000c5', 'SOFT', 'ACTIVE', null, '{team-lead,influence,incidents}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000112', 1, 'Aware', ARRAY[
            'Can describe what good leadership looks like in the team.',
            'Takes the lead on a small task when asked.']),
    ('00000000-0000-4000-8000-000000000112', 2, 'Developing', ARRAY[
            'Leads a small piece of work, such as a shift handover or a checklist update, with support.',
            'Speaks up in team meetings with ideas.']),
    ('00000000-0000-4000-8000-000000000112', 3, 'Proficient', ARRAY[
            'Takes charge when needed, such as coordinating a site-wide issue until an incident manager takes over.',
            'Sets an example through their own call and ticket quality.',
            'Communicates clearly with both frontline staff and managers.']),
    ('00000000-0000-4000-8000-000000000112', 4, 'Advanced', ARRAY[
            'Leads incident calls or small projects, setting priorities and checking progress.',
            'Earns trust and respect in the team by being fair and consistent.',
            'Represents the team''s view to management, backed by evidence.']),
    ('00000000-0000-4000-8000-000000000112', 5, 'Role model', ARRAY[
            'Shapes team culture, such as how the team treats users and each other.',
            'Develops future leaders by giving them stretch tasks and support.',
            'Leads change across the wider service organisation, not just their own team.']);

-- coaching-others
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000113', 'coaching-others', 'Coaching others',
     'Helping colleagues build their skills through practice, feedback and guidance. In support this includes call reviews, role plays, side-by-side shadowing and mentoring new starters. A good coach asks more than tells and lets the learner find the answer.',
     '00000000-0000-4000-8000-0000000000c5', 'SOFT', 'ACTIVE', 'https://www.onetonline.org/find/descriptor/result/2.B.1.e', '{coaching,mentoring,call-review}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000113', 1, 'Aware', ARRAY[
            'Answers colleagues'' questions when asked.',
            'Knows that new starters learn by doing, not just by reading.']),
    ('00000000-0000-4000-8000-000000000113', 2, 'Developing', ARRAY[
            'Sits alongside a new starter and shows them how they handle a task.',
            'Gives tips after a colleague''s call, but tends to tell rather than ask.']),
    ('00000000-0000-4000-8000-000000000113', 3, 'Proficient', ARRAY[
            'Runs a call review with a colleague that covers what went well and one thing to change.',
            'Asks questions that help the learner work out the answer for themselves.',
            'Agrees a small, specific practice goal with the learner and follows it up.']),
    ('00000000-0000-4000-8000-000000000113', 4, 'Advanced', ARRAY[
            'Runs role plays with realistic scenarios, such as a caller angry about a repeated outage.',
            'Scores observations against the skill rubric and gives evidence for each score.',
            'Adapts coaching style to the learner''s confidence and experience.']),
    ('00000000-0000-4000-8000-000000000113', 5, 'Role model', ARRAY[
            'Designs coaching plans or role-play scenarios used across the team.',
            'Trains other coaches and checks that their scoring is consistent.',
            'Has coachees who show clear progress against their development goals.']);

-- ownership-and-follow-through
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000114', 'ownership-and-follow-through', 'Ownership and follow-through',
     'Treating the user''s problem as yours until it is truly resolved, even when another team does the fix. It means chasing escalations, keeping the user updated and confirming the result. Users trust a service that does not lose their ticket.',
     '00000000-0000-4000-8000-0000000000c3', 'SOFT', 'ACTIVE', null, '{tickets,sla,accountability}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000114', 1, 'Aware', ARRAY[
            'Completes their assigned tickets when reminded of the deadline.',
            'Knows that an escalated ticket still needs someone to keep the user informed.']),
    ('00000000-0000-4000-8000-000000000114', 2, 'Developing', ARRAY[
            'Follows up on escalated tickets when the user chases.',
            'Closes tickets after a fix but does not always check that the user agrees it works.']),
    ('00000000-0000-4000-8000-000000000114', 3, 'Proficient', ARRAY[
            'Checks on escalated tickets unprompted and chases before the target time is missed.',
            'Confirms with the user that the problem is solved before closing the ticket.',
            'Does what they said they would do, when they said they would do it.']),
    ('00000000-0000-4000-8000-000000000114', 4, 'Advanced', ARRAY[
            'Takes charge of messy tickets that bounce between teams and drives them to a result.',
            'Admits their own mistakes to the user and the team quickly, and puts them right.',
            'Raises recurring issues as problems instead of closing the same ticket again and again.']),
    ('00000000-0000-4000-8000-000000000114', 5, 'Role model', ARRAY[
            'Sets up team habits, such as reviews of ageing tickets, that stop tickets being forgotten.',
            'Shows others how to own an issue without doing other teams'' work for them.',
            'Is trusted by leads and users with the hardest long-running cases.']);

-- time-management
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000115', 'time-management', 'Time management',
     'Using time well across calls, tickets, follow-ups and learning. Support work mixes interruptions with planned tasks, so analysts must balance speed with care. Good time management keeps both service levels and ticket quality up.',
     '00000000-0000-4000-8000-0000000000c3', 'SOFT', 'ACTIVE', 'https://www.onetonline.org/find/descriptor/result/2.B.5.a', '{queue,sla,planning}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000115', 1, 'Aware', ARRAY[
            'Knows the main service targets, such as answer and response times.',
            'Works through tasks in the order set by the queue or a lead.']),
    ('00000000-0000-4000-8000-000000000115', 2, 'Developing', ARRAY[
            'Keeps most tickets within target but lets follow-ups slip on busy days.',
            'Spends too long on some calls without checking the time or asking for help.']),
    ('00000000-0000-4000-8000-000000000115', 3, 'Proficient', ARRAY[
            'Plans follow-ups and callbacks and keeps to them.',
            'Knows when to stop troubleshooting and escalate, within agreed time limits.',
            'Balances handling time with quality, without rushing users off the phone.']),
    ('00000000-0000-4000-8000-000000000115', 4, 'Advanced', ARRAY[
            'Handles a heavy mixed workload, such as calls, project tasks and a major incident, without dropping commitments.',
            'Protects time for learning and knowledge work even in busy weeks.',
            'Warns a lead early when they cannot meet a commitment.']),
    ('00000000-0000-4000-8000-000000000115', 5, 'Role model', ARRAY[
            'Helps the team improve scheduling, such as blocking callback time or rotating queue duty.',
            'Coaches others on prioritising and time-boxing troubleshooting.',
            'Meets service targets so steadily that others use their results as a benchmark.']);

-- de-escalation
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000116', 'de-escalation', 'De-escalation',
     'Bringing a heated conversation back to a calm and useful one. It involves letting the user vent, acknowledging their frustration and steering towards what can be done. It protects both the relationship and the analyst''s own wellbeing.',
     '00000000-0000-4000-8000-0000000000c2', 'SOFT', 'ACTIVE', null, '{calls,complaints,conflict}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000116', 1, 'Aware', ARRAY[
            'Knows the basic steps for calming an upset user, such as listening and acknowledging.',
            'Passes a very angry caller to a lead rather than arguing back.']),
    ('00000000-0000-4000-8000-000000000116', 2, 'Developing', ARRAY[
            'Stays polite with upset users but may argue about the facts too early.',
            'Uses an apology and a clear next step, which works with mildly annoyed users.']),
    ('00000000-0000-4000-8000-000000000116', 3, 'Proficient', ARRAY[
            'Lets the user vent without interrupting, then acknowledges both the feeling and the facts.',
            'Moves the conversation towards concrete next steps the user can see.',
            'Knows and follows the team''s process for abusive contacts, including when to end a call.']),
    ('00000000-0000-4000-8000-000000000116', 4, 'Advanced', ARRAY[
            'Calms users who are angry about repeated failures, without blaming colleagues or over-promising.',
            'Handles complaints from senior staff or escalations from managers directly.',
            'Finds an acceptable outcome when the user''s first demand cannot be met.']),
    ('00000000-0000-4000-8000-000000000116', 5, 'Role model', ARRAY[
            'Plays the difficult user in role plays and debriefs peers on what worked.',
            'Reviews complaint calls with the team and draws out practical lessons.',
            'Helps set the team''s guidance for abusive or distressed callers.']);

-- service-orientation
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000117', 'service-orientation', 'Service orientation',
     'Looking for the best way to get the user working again. It means focusing on the outcome the user needs, not only on the ticket category. Service-minded analysts take a useful extra step when it is within scope.',
     '00000000-0000-4000-8000-0000000000c2', 'SOFT', 'ACTIVE', 'https://www.onetonline.org/find/descriptor/result/2.B.1.f', '{customer-experience,calls,tickets}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000117', 1, 'Aware', ARRAY[
            'Resolves the request exactly as it was logged.',
            'Knows that the user''s real goal may be bigger than the ticket.']),
    ('00000000-0000-4000-8000-000000000117', 2, 'Developing', ARRAY[
            'Asks whether there is anything else they can help with, and acts on the answer.',
            'Sometimes closes a request that meets the ticket but not the user''s need.']),
    ('00000000-0000-4000-8000-000000000117', 3, 'Proficient', ARRAY[
            'Asks what the user is trying to achieve and checks that the fix delivers it.',
            'Offers a useful related step, such as applying the same fix on the user''s phone.',
            'Gives every user the same care, whatever their rank.']),
    ('00000000-0000-4000-8000-000000000117', 4, 'Advanced', ARRAY[
            'Spots service problems from the user''s point of view, such as a confusing self-service form, and raises them.',
            'Balances extra effort for one user with fairness to the rest of the queue.',
            'Turns a complaint into a chance to win the user back.']),
    ('00000000-0000-4000-8000-000000000117', 5, 'Role model', ARRAY[
            'Leads improvements to the user experience, such as simpler request forms or clearer status updates.',
            'Uses satisfaction feedback with the team to focus on what users value.',
            'Models service standards that new starters learn from.']);

-- curiosity
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000118', 'curiosity', 'Curiosity and continuous learning',
     'Wanting to understand how things work and why problems happen. Curious analysts learn new systems, ask resolver teams how they fixed an issue and read up on repeat problems. It feeds both better troubleshooting and personal growth.',
     '00000000-0000-4000-8000-0000000000c4', 'SOFT', 'ACTIVE', null, '{learning,root-cause,knowledge}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000118', 1, 'Aware', ARRAY[
            'Completes the required training on new systems.',
            'Asks colleagues questions when stuck.']),
    ('00000000-0000-4000-8000-000000000118', 2, 'Developing', ARRAY[
            'Reads how their escalated tickets were resolved.',
            'Explores new tools or features when given time to do so.']),
    ('00000000-0000-4000-8000-000000000118', 3, 'Proficient', ARRAY[
            'Follows up on escalated tickets to learn the root cause and applies it next time.',
            'Sets and works on their own learning goals, such as a new system or skill.',
            'Asks "why did this happen?" and not only "how do I fix it?".']),
    ('00000000-0000-4000-8000-000000000118', 4, 'Advanced', ARRAY[
            'Digs into recurring issues and finds patterns others missed.',
            'Takes up cross-training or secondments to learn how other teams work.',
            'Asks for feedback on their own calls in order to improve.']),
    ('00000000-0000-4000-8000-000000000118', 5, 'Role model', ARRAY[
            'Creates learning chances for the team, such as short lunchtime sessions or visits to resolver teams.',
            'Encourages questions and small experiments in the team.',
            'Brings in ideas from outside the team that improve how it works.']);

-- prioritising-by-impact
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-000000000119', 'prioritising-by-impact', 'Prioritising by impact and urgency',
     'Deciding what to handle first from how many people are affected and how urgent it is. Good prioritisation puts critical outages ahead of minor requests without forgetting the small things. It is a judgement call analysts make many times a day.',
     '00000000-0000-4000-8000-0000000000c4', 'SOFT', 'ACTIVE', null, '{triage,priority,incidents}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-000000000119', 1, 'Aware', ARRAY[
            'Knows the team''s priority matrix and uses it when filling in the ticket form.',
            'Asks a lead to confirm the priority of anything unusual.']),
    ('00000000-0000-4000-8000-000000000119', 2, 'Developing', ARRAY[
            'Sets the right priority for common issues.',
            'May deal with the loudest user''s issue first instead of the most urgent one.']),
    ('00000000-0000-4000-8000-000000000119', 3, 'Proficient', ARRAY[
            'Sets priority from facts about impact and urgency, not from who is calling or how loudly.',
            'Raises the priority when new facts show wider impact, such as a second site reporting.',
            'Explains politely to a user why their request has a lower priority.']),
    ('00000000-0000-4000-8000-000000000119', 4, 'Advanced', ARRAY[
            'Re-orders the team''s queue during incidents and explains the reasons.',
            'Spots low-priority tickets that hide a bigger risk, such as a security or safety issue.',
            'Balances service targets against business impact when the two conflict.']),
    ('00000000-0000-4000-8000-000000000119', 5, 'Role model', ARRAY[
            'Improves the priority matrix or triage guidance based on real cases.',
            'Coaches peers on triage decisions using examples.',
            'Has priority calls that are rarely changed on review.']);

-- knowledge-sharing
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-00000000011a', 'knowledge-sharing', 'Knowledge sharing',
     'Making what you know available to others so the team does not solve the same problem twice. In support this means knowledge articles, handover notes, quick tips and answers in team channels. Shared knowledge raises the share of issues fixed on first contact.',
     '00000000-0000-4000-8000-0000000000c5', 'SOFT', 'ACTIVE', null, '{knowledge-base,documentation,team}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-00000000011a', 1, 'Aware', ARRAY[
            'Uses existing knowledge articles and reports broken ones when asked.',
            'Shares a useful fix with a colleague when asked.']),
    ('00000000-0000-4000-8000-00000000011a', 2, 'Developing', ARRAY[
            'Flags out-of-date articles they come across in their work.',
            'Posts tips in team channels now and then.']),
    ('00000000-0000-4000-8000-00000000011a', 3, 'Proficient', ARRAY[
            'Writes or updates a knowledge article after solving a problem that was not documented.',
            'Links knowledge articles in tickets so others can follow the fix.',
            'Answers questions in team channels clearly and points to the source.']),
    ('00000000-0000-4000-8000-00000000011a', 4, 'Advanced', ARRAY[
            'Writes articles that users can follow on their own for self-service.',
            'Finds gaps in the knowledge base from ticket trends and fills them.',
            'Shares lessons from incidents with the wider team.']),
    ('00000000-0000-4000-8000-00000000011a', 5, 'Role model', ARRAY[
            'Owns or leads the team''s knowledge practice, such as review cycles and article standards.',
            'Coaches others to write clear, reusable articles.',
            'Makes sharing normal in the team, for example by recognising good contributions.']);

-- giving-and-receiving-feedback
insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags, created_by, updated_by) values
    ('00000000-0000-4000-8000-00000000011b', 'giving-and-receiving-feedback', 'Giving and receiving feedback',
     'Offering specific, fair feedback to colleagues and taking feedback well yourself. Feedback is how support teams improve calls, tickets and handoffs. It should be about behaviour, not the person, and given soon after the event.',
     '00000000-0000-4000-8000-0000000000c5', 'SOFT', 'ACTIVE', null, '{feedback,coaching,growth}', 'seed', 'seed');
insert into skill_level (skill_id, level, name, indicators) values
    ('00000000-0000-4000-8000-00000000011b', 1, 'Aware', ARRAY[
            'Listens to feedback from a lead without arguing.',
            'Knows that useful feedback is specific.']),
    ('00000000-0000-4000-8000-00000000011b', 2, 'Developing', ARRAY[
            'Acts on feedback they receive, but may need reminders.',
            'Gives colleagues praise but avoids raising problems.']),
    ('00000000-0000-4000-8000-00000000011b', 3, 'Proficient', ARRAY[
            'Asks for feedback on their own calls or tickets.',
            'Gives colleagues feedback that names the behaviour, its effect and a suggestion.',
            'Thanks the person for feedback and later tells them what they changed.']),
    ('00000000-0000-4000-8000-00000000011b', 4, 'Advanced', ARRAY[
            'Gives difficult feedback, such as about tone with users, in a way the colleague accepts.',
            'Gives constructive feedback across teams, such as to a resolver team about bounced tickets.',
            'Weighs the feedback they receive and explains which parts they will act on.']),
    ('00000000-0000-4000-8000-00000000011b', 5, 'Role model', ARRAY[
            'Makes feedback a regular part of team life, for example through peer call reviews.',
            'Trains others to give and receive feedback well.',
            'Asks for feedback in front of the team and visibly acts on it.']);
