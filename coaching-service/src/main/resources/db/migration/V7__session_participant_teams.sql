-- The team of each coachee of a session, so that a manager sees the sessions of the people of the teams they manage
-- (and schedules for them) without this service asking skills-service on every read. It is the team the register of
-- people gives when the session is made; when the register reports that someone changed team, it moves with them
-- in their scheduled and requested sessions that have not begun, so the new team's managers see what lies ahead and
-- the old team's keep the history.
-- Null for coach rows (a coach is not seen through their team) and for coachee rows written before this migration,
-- whose team this service was never told: no manager sees those sessions until a team change moves them.
alter table session_participant
    add column team_id varchar(64),
    add constraint session_participant_team_of_coachee check (role = 'COACHEE' or team_id is null);

-- A manager's list and reads look sessions up by the teams they manage.
create index session_participant_team_idx on session_participant (team_id, session_id) where team_id is not null;
