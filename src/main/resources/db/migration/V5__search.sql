-- Search entries: one denormalized row per searchable object of any module, indexed by Hibernate Search.
create table search_entry (
    id varchar(200) not null primary key,
    type varchar(40) not null,
    entry_key varchar(150) not null,
    title varchar(300) not null,
    summary varchar(600),
    body varchar(200000),
    labels varchar(4000),
    url varchar(300) not null,
    entry_date date
);

create table search_entry_facet (
    entry_id varchar(200) not null references search_entry (id),
    facet varchar(130) not null,
    constraint search_entry_facet_pk primary key (entry_id, facet)
);

create table search_entry_territory (
    entry_id varchar(200) not null references search_entry (id),
    territory_id varchar(24) not null,
    constraint search_entry_territory_pk primary key (entry_id, territory_id)
);

create table search_entry_within (
    entry_id varchar(200) not null references search_entry (id),
    territory_id varchar(24) not null,
    constraint search_entry_within_pk primary key (entry_id, territory_id)
);
