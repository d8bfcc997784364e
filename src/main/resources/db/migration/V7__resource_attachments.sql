-- Files attached to a resource; the bytes live under the data directory (attachments/<resource id>/).
create table resource_attachment (
    resource_id uuid not null references resource (id),
    position integer not null,
    file_name varchar(120) not null,
    title varchar(300) not null,
    media_type varchar(120) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    constraint resource_attachment_pk primary key (resource_id, position)
);
