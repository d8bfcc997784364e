-- The alliances base: actors (organisations, among them territorial catalysts) and partnership cases.
create table actor (
    id uuid not null primary key,
    slug varchar(100) not null,
    name varchar(300) not null,
    profile varchar(80) not null,
    siren varchar(9),
    siret varchar(14),
    rna varchar(10),
    home_commune varchar(24),
    website varchar(500),
    description varchar(4000),
    contact varchar(1000),
    source varchar(600),
    source_date date,
    seed boolean default false not null,
    created_at timestamp not null,
    updated_at timestamp not null,
    version integer not null,
    constraint actor_slug unique (slug)
);

create index actor_siren on actor (siren);
create index actor_rna on actor (rna);
create index actor_home_commune on actor (home_commune);

-- A catalyst is an actor with one or more catalyst functions and a coverage perimeter.
create table actor_catalyst_function (
    actor_id uuid not null references actor (id),
    function_key varchar(80) not null,
    constraint actor_catalyst_function_pk primary key (actor_id, function_key)
);

create table actor_coverage (
    actor_id uuid not null references actor (id),
    territory_id varchar(24) not null,
    constraint actor_coverage_pk primary key (actor_id, territory_id)
);

create index actor_coverage_territory on actor_coverage (territory_id);

create table partnership_case (
    id uuid not null primary key,
    slug varchar(100) not null,
    title varchar(300) not null,
    summary varchar(1000) not null,
    description_markdown varchar(100000) not null,
    description_html varchar(200000) not null,
    replication_markdown varchar(20000),
    replication_html varchar(40000),
    start_year integer,
    status varchar(20) not null,
    contact varchar(1000),
    verified_on date,
    seed boolean default false not null,
    created_at timestamp not null,
    updated_at timestamp not null,
    version integer not null,
    constraint partnership_case_slug unique (slug)
);

create table case_partner (
    case_id uuid not null references partnership_case (id),
    position integer not null,
    actor_id uuid not null references actor (id),
    role varchar(200),
    constraint case_partner_pk primary key (case_id, position)
);

create index case_partner_actor on case_partner (actor_id);

create table case_qualifier (
    case_id uuid not null references partnership_case (id),
    axis varchar(40) not null,
    value_key varchar(80) not null,
    constraint case_qualifier_pk primary key (case_id, axis, value_key)
);

create table case_territory (
    case_id uuid not null references partnership_case (id),
    territory_id varchar(24) not null,
    constraint case_territory_pk primary key (case_id, territory_id)
);

create index case_territory_territory on case_territory (territory_id);

-- What changed on each of the three impacts (performance, innovation, confiance), with optional figures.
create table case_outcome (
    case_id uuid not null references partnership_case (id),
    impact varchar(40) not null,
    outcome_text varchar(4000) not null,
    constraint case_outcome_pk primary key (case_id, impact)
);

create table case_figure (
    case_id uuid not null references partnership_case (id),
    position integer not null,
    impact varchar(40) not null,
    label varchar(200) not null,
    figure_value numeric(18, 2) not null,
    unit varchar(60),
    constraint case_figure_pk primary key (case_id, position)
);

create table case_source (
    case_id uuid not null references partnership_case (id),
    position integer not null,
    title varchar(500) not null,
    publisher varchar(300),
    published varchar(10),
    constraint case_source_pk primary key (case_id, position)
);
