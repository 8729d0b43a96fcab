-- Haulage (渣土运输) tracking over JT/T 808: carriers (运输企业) as organisations with the role carrier, their
-- vehicles with terminal and permit, positions as reported, rejects per terminal, the manifests' loads.
alter table organisations drop constraint organisations_kind_check;
alter table organisations add constraint organisations_kind_check
  check (kind in ('ministry','authority','enterprise','expert_pool','facility','carrier','other'));
alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (role in ('admin','regulator','enterprise','expert','facility','carrier'));

create table haulage_vehicles (
  id uuid primary key,
  carrier_organisation_id uuid not null references organisations(id),
  region_code text not null,
  plate text not null,
  -- JT/T 415 车牌颜色: 1 蓝 2 黄 3 黑 4 白 5 绿 9 其他
  plate_colour smallint not null check (plate_colour in (1,2,3,4,5,9)),
  vehicle_type text not null,
  capacity_tonnes numeric(8,2) not null check (capacity_tonnes > 0 and capacity_tonnes <= 200),
  -- the SIM number without BCD left padding (one key for 2013 and 2019 terminals)
  terminal_phone text not null check (terminal_phone ~ '^[1-9][0-9]{0,19}$'),
  terminal_id text,
  permit_number text not null,
  permit_valid_from date not null,
  permit_valid_to date not null,
  auth_code text,
  registered_at timestamptz,
  active boolean not null default true,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (permit_valid_to >= permit_valid_from)
);
create unique index haulage_vehicles_plate on haulage_vehicles (plate);
create unique index haulage_vehicles_terminal on haulage_vehicles (terminal_phone);
create index haulage_vehicles_carrier on haulage_vehicles (carrier_organisation_id);

-- One row per reported position, as reported (WGS-84 / CGCS2000, 1e-6 degrees). (vehicle, time) is unique so a
-- terminal that resends a report it got no 0x8001 for does not store it twice.
create table haulage_positions (
  vehicle_id uuid not null,
  time timestamptz not null,
  received_at timestamptz not null default now(),
  lat_e6 integer not null,
  lon_e6 integer not null,
  altitude_m integer not null,
  speed_dkmh integer not null,
  heading integer not null,
  alarm bigint not null,
  status bigint not null,
  mileage_km numeric(12,1),
  backfill boolean not null default false,
  primary key (vehicle_id, time)
);
create index haulage_positions_time on haulage_positions using brin (time);

-- Rejected frames counted per terminal number ('' when no header could be read) and reason.
create table haulage_rejects (
  terminal_phone text not null,
  reason text not null,
  count bigint not null,
  last_at timestamptz not null,
  last_detail text not null,
  primary key (terminal_phone, reason)
);

-- What the waste module tells haulage about each manifest naming a registered vehicle (trip matching reads it).
create table haulage_manifest_loads (
  manifest_id uuid primary key,
  manifest_number text not null,
  vehicle_id uuid not null references haulage_vehicles(id),
  project_id uuid not null,
  facility_id uuid not null,
  region_code text not null,
  issued_at timestamptz not null
);
create index haulage_manifest_loads_vehicle on haulage_manifest_loads (vehicle_id, issued_at);
