-- A piece of evidence with a reference (a coaching session, a placement) is recorded once per person, skill and
-- source: the owning service delivers it through its outbox, and a delivery repeated after days, with a new
-- Idempotency-Key or none, must still add nothing. Corrections name what they supersede and stay possible.
create unique index evidence_reference_once on evidence (employee_id, skill_id, source, reference)
    where reference is not null and supersedes_id is null;
