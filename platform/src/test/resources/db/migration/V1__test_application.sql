CREATE TABLE appointment (
    id        uuid PRIMARY KEY,
    tenant    varchar(100) NOT NULL,
    location  varchar(100) NOT NULL,
    starts_at timestamptz  NOT NULL,
    kind      varchar(20)  NOT NULL,
    minutes   integer      NOT NULL,
    note      text,
    version   bigint       NOT NULL DEFAULT 0
);

CREATE TABLE ping_effect (
    event_id varchar(255) NOT NULL,
    tenant   varchar(100),
    text     text
);
