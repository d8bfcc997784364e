-- Self-diagnostics: every version of a definition ever used (answers are always scored under theirs), the
-- responses (behind a private link, optionally in an account) and their levels per axis, for peer comparison.
create table diagnostic_definition (
    diagnostic_key varchar(80) not null,
    version varchar(40) not null,
    content text not null,
    digest varchar(64) not null,
    registered_at timestamp with time zone not null,
    primary key (diagnostic_key, version)
);

create table diagnostic_response (
    id uuid primary key,
    link_hash varchar(64) not null unique,
    diagnostic_key varchar(80) not null,
    version varchar(40) not null,
    account_id bigint references account (id) on delete set null,
    profile varchar(80) not null,
    territory_id varchar(40),
    region_id varchar(40),
    answers_json text not null,
    status varchar(20) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    completed_at timestamp with time zone,
    score double precision,
    overall_level integer
);

create index diagnostic_response_account on diagnostic_response (account_id, created_at);
create index diagnostic_response_peers on diagnostic_response (diagnostic_key, profile, status);

create table diagnostic_response_level (
    response_id uuid not null references diagnostic_response (id) on delete cascade,
    axis_key varchar(80) not null,
    score double precision not null,
    level integer not null,
    primary key (response_id, axis_key)
);
