-- The skills catalogue: categories, skills and the five-level proficiency rubric of each skill.
create extension if not exists pg_trgm;

create table category (
    id          uuid primary key,
    code        varchar(64)   not null,
    name        varchar(120)  not null,
    description varchar(2000) not null,
    position    integer       not null,
    version     bigint        not null default 0,
    created_at  timestamptz   not null default now(),
    created_by  varchar(128)  not null,
    updated_at  timestamptz   not null default now(),
    updated_by  varchar(128)  not null,
    constraint category_code_unique unique (code),
    constraint category_code_slug check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

create table skill (
    id                 uuid primary key,
    code               varchar(64)   not null,
    name               varchar(120)  not null,
    description        varchar(2000) not null,
    category_id        uuid          not null references category (id),
    kind               varchar(16)   not null,
    status             varchar(16)   not null,
    replaced_by_id     uuid references skill (id),
    external_reference varchar(500),
    tags               varchar(40)[] not null default '{}',
    -- Maintained by triggers from the skill and its levels, so every writer (API, import, seed) keeps it right.
    search_text        text          not null default '',
    search_document    tsvector      not null default ''::tsvector,
    version            bigint        not null default 0,
    created_at         timestamptz   not null default now(),
    created_by         varchar(128)  not null,
    updated_at         timestamptz   not null default now(),
    updated_by         varchar(128)  not null,
    constraint skill_code_unique unique (code),
    constraint skill_code_slug check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint skill_kind_known check (kind in ('SOFT', 'TECHNICAL')),
    constraint skill_status_known check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    constraint skill_retired_has_replacement check ((status = 'RETIRED') = (replaced_by_id is not null)),
    constraint skill_not_replaced_by_itself check (replaced_by_id <> id)
);

create table skill_level (
    skill_id   uuid         not null references skill (id) on delete cascade,
    level      smallint     not null,
    name       varchar(80)  not null,
    indicators varchar(500)[] not null,
    primary key (skill_id, level),
    constraint skill_level_in_scale check (level between 1 and 5),
    constraint skill_level_has_indicators check (cardinality(indicators) between 1 and 12)
);

-- The list is ordered by code; filters ride along the code index or their own.
create index skill_category_code_idx on skill (category_id, code);
create index skill_status_code_idx on skill (status, code);
create index skill_tags_idx on skill using gin (tags);
create index skill_search_document_idx on skill using gin (search_document);
create index skill_search_text_trgm_idx on skill using gin (search_text gin_trgm_ops);

create function skill_refresh_search(target uuid) returns void language sql as $$
    update skill s
       set search_text = concat_ws(' ', s.name, s.description, lv.words),
           search_document = setweight(to_tsvector('english', s.name), 'A')
                          || setweight(to_tsvector('english', s.description), 'B')
                          || setweight(to_tsvector('english', coalesce(lv.words, '')), 'C')
      from (select string_agg(l.name || ' ' || array_to_string(l.indicators, ' '), ' ' order by l.level) as words
              from skill_level l where l.skill_id = target) lv
     where s.id = target;
$$;

create function skill_level_changed() returns trigger language plpgsql as $$
begin
    perform skill_refresh_search(coalesce(new.skill_id, old.skill_id));
    return null;
end;
$$;

create trigger skill_level_search after insert or update or delete on skill_level
    for each row execute function skill_level_changed();

create function skill_text_changed() returns trigger language plpgsql as $$
begin
    perform skill_refresh_search(new.id);
    return null;
end;
$$;

create trigger skill_text_search after insert or update of name, description on skill
    for each row execute function skill_text_changed();
