-- The territorial graph on official INSEE COG codes. Ids are "echelon:code" (e.g. commune:38185).
create table territory (
    id varchar(24) not null primary key,
    echelon varchar(12) not null,
    code varchar(12) not null,
    name varchar(200) not null,
    kind varchar(12),
    zone varchar(8),
    population integer,
    siren varchar(9),
    obsolete boolean default false not null,
    successor_id varchar(24),
    constraint territory_echelon_code unique (echelon, code)
);

-- Every enclosing territory of a territory (a closure, not only the direct parent).
create table territory_parent (
    child_id varchar(24) not null,
    parent_id varchar(24) not null,
    constraint territory_parent_pk primary key (child_id, parent_id)
);
create index territory_parent_by_parent on territory_parent (parent_id);

create table territory_postal_code (
    territory_id varchar(24) not null,
    postal_code varchar(5) not null,
    constraint territory_postal_code_pk primary key (territory_id, postal_code)
);
create index territory_postal_code_by_code on territory_postal_code (postal_code);

-- Communes déléguées / associées and municipal arrondissements: names that resolve to a commune.
create table territory_secondary_name (
    code varchar(5) not null,
    kind varchar(16) not null,
    name varchar(200) not null,
    territory_id varchar(24) not null,
    constraint territory_secondary_name_pk primary key (code, kind)
);

-- Codes that communes had before a merger, used to point an obsolete commune to its successor.
create table territory_former_code (
    code varchar(5) not null,
    territory_id varchar(24) not null,
    constraint territory_former_code_pk primary key (code, territory_id)
);

-- One row per imported version of the territory data files.
create table territory_dataset (
    version varchar(100) not null,
    checksum varchar(64) not null,
    source varchar(400) not null,
    licence varchar(100) not null,
    territories integer not null,
    imported_at timestamp not null,
    constraint territory_dataset_pk primary key (version, checksum)
);
