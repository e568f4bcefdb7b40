-- The search columns of V1, kept set by set. Its row triggers wrote a skill again for the skill itself and once more
-- for each of its levels, so importing 5 000 skills ran 30 000 updates of the skill table. Now a skill's own text is
-- set in the row as it is written, and a statement that changes levels updates the search columns of the skills it
-- touched once, together, whatever the number of levels.
drop trigger skill_text_search on skill;
drop trigger skill_level_search on skill_level;
drop function skill_text_changed();
drop function skill_level_changed();
drop function skill_refresh_search(uuid);

create function skill_search_document(name text, description text, words text) returns tsvector
    language sql immutable as $$
    select setweight(to_tsvector('english', name), 'A')
        || setweight(to_tsvector('english', description), 'B')
        || setweight(to_tsvector('english', coalesce(words, '')), 'C');
$$;

-- Before the row is stored, so the search columns cost no second write. A new skill has no levels yet.
create function skill_text_changed() returns trigger language plpgsql as $$
declare
    words text;
begin
    if tg_op = 'UPDATE' then
        select string_agg(l.name || ' ' || array_to_string(l.indicators, ' '), ' ' order by l.level) into words
          from skill_level l where l.skill_id = new.id;
    end if;
    new.search_text := concat_ws(' ', new.name, new.description, words);
    new.search_document := skill_search_document(new.name, new.description, words);
    return new;
end;
$$;

create trigger skill_text_search before insert or update of name, description on skill
    for each row execute function skill_text_changed();

-- Each of the three triggers below names its transition table changed_levels.
create function skill_levels_changed() returns trigger language plpgsql as $$
begin
    update skill s
       set search_text = concat_ws(' ', s.name, s.description, w.words),
           search_document = skill_search_document(s.name, s.description, w.words)
      from (select c.skill_id,
                   string_agg(l.name || ' ' || array_to_string(l.indicators, ' '), ' ' order by l.level) as words
              from (select distinct skill_id from changed_levels) c
              left join skill_level l on l.skill_id = c.skill_id
             group by c.skill_id) w
     where s.id = w.skill_id;
    return null;
end;
$$;

create trigger skill_level_search_insert after insert on skill_level
    referencing new table as changed_levels for each statement execute function skill_levels_changed();
create trigger skill_level_search_update after update on skill_level
    referencing new table as changed_levels for each statement execute function skill_levels_changed();
create trigger skill_level_search_delete after delete on skill_level
    referencing old table as changed_levels for each statement execute function skill_levels_changed();
