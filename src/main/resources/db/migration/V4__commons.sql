-- The MEDOC commons: resources, their qualifiers from the reference frame, territories, links and relations.
create table resource (
    id uuid not null primary key,
    slug varchar(100) not null,
    medoc_type varchar(40) not null,
    title varchar(300) not null,
    summary varchar(600) not null,
    body_markdown varchar(200000) not null,
    body_html varchar(400000) not null,
    authors varchar(500),
    organisation varchar(200),
    licence varchar(40) not null,
    attribution varchar(600),
    language varchar(8) not null,
    published_on date,
    verified_on date,
    seed boolean default false not null,
    created_at timestamp not null,
    updated_at timestamp not null,
    version integer not null,
    constraint resource_slug unique (slug)
);

create table resource_qualifier (
    resource_id uuid not null references resource (id),
    axis varchar(40) not null,
    value_key varchar(80) not null,
    constraint resource_qualifier_pk primary key (resource_id, axis, value_key)
);

create table resource_territory (
    resource_id uuid not null references resource (id),
    territory_id varchar(24) not null,
    constraint resource_territory_pk primary key (resource_id, territory_id)
);

create table resource_link (
    resource_id uuid not null references resource (id),
    position integer not null,
    title varchar(300),
    url varchar(1000),
    constraint resource_link_pk primary key (resource_id, position)
);

create table resource_related (
    resource_id uuid not null references resource (id),
    related_id uuid not null,
    constraint resource_related_pk primary key (resource_id, related_id)
);
