-- Jobs that survive an instance (issue 18): a BIM processing job is claimed with a lease (token + expiry) that its
-- instance renews while it works; a job whose lease expired is claimed again by any instance, and only the holder
-- of the current lease may write the result.
alter table bim_models add column lease_owner text;
alter table bim_models add column lease_expires_at timestamptz;
-- A job running when this migration runs keeps the two minutes of grace the heartbeat check gave it.
update bim_models set lease_expires_at = coalesce(heartbeat_at, now()) + interval '2 minutes' where status = 'processing';
create index bim_models_lease_idx on bim_models (lease_expires_at) where status = 'processing';

-- The orphan sweep (platform/objectSweep.ts) asks which stored objects a row still names.
create index attachments_storage_path_idx on attachments (storage_path) where storage_path is not null;
