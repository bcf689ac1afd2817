-- A treatment plan's series sold as a package. Billing keeps, per plan, only what records' plan.series-set says of its
-- latest version (client, location, service, number of sessions): nothing clinical. A client package sold from a plan
-- names it, so that a plan's series is sold once (until that sale's invoice is voided).

CREATE TABLE plan_series (
    tenant         text        NOT NULL,
    plan_id        uuid        NOT NULL,
    plan_version   integer     NOT NULL CHECK (plan_version >= 1),
    status         text        NOT NULL CHECK (status IN ('ACTIVE', 'COMPLETED', 'DISCONTINUED')),
    client_id      uuid        NOT NULL,
    location_id    uuid        NOT NULL,
    service_id     uuid,
    session_count  integer     NOT NULL CHECK (session_count >= 0),
    changed_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant, plan_id)
);
CREATE INDEX plan_series_client ON plan_series (tenant, client_id, changed_at DESC, plan_id DESC);

ALTER TABLE client_package ADD COLUMN plan_id uuid;
ALTER TABLE client_package ADD COLUMN plan_version integer;
CREATE INDEX client_package_plan ON client_package (tenant, plan_id) WHERE plan_id IS NOT NULL;
