-- This service's copy of the register entries of the people it books sessions for, so that booking someone booked
-- before asks skills-service nothing. A row is written when skills-service answers for a person and when it reports
-- that someone left or changed team; as_of is when the row's state held (the time of the question, or the change's
-- own time), and a write with an older as_of than the row's changes nothing, so a late answer never undoes a report.
-- The register takes people who left back without reporting it, so a row of someone who left is never trusted.
create table known_person (
    employee_id varchar(64) primary key,
    team_id     varchar(64) not null,
    has_left    boolean     not null,
    as_of       timestamptz not null
);
