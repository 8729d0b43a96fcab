-- Instances cache who a session or token belongs to for a few seconds; any change that could alter or end that
-- answer (a user edited or deactivated, a session or token revoked or deleted) tells every instance through NOTIFY.
create or replace function notify_principal_changed() returns trigger language plpgsql as $$
declare
  uid text;
begin
  if tg_table_name = 'users' then
    uid := case when tg_op = 'DELETE' then old.id::text else new.id::text end;
  else
    uid := case when tg_op = 'DELETE' then old.user_id::text else new.user_id::text end;
  end if;
  perform pg_notify('principal_changed', uid);
  return null;
end
$$;

create trigger users_principal_changed after update or delete on users
  for each row execute function notify_principal_changed();
create trigger sessions_principal_changed after update of revoked_at or delete on sessions
  for each row execute function notify_principal_changed();
create trigger api_tokens_principal_changed after update of revoked_at, expires_at, scopes or delete on api_tokens
  for each row execute function notify_principal_changed();
