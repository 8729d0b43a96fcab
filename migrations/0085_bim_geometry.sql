-- BIM viewer geometry (docs/decisions/0004): the worker writes our own geometry file (<model>.geom) instead of a
-- Fragments file (<model>.frag). The old byte counts describe .frag files, so they are cleared; a model processed before
-- this keeps its status, take-off rows and processing time, and its geometry file is rebuilt from the stored IFC the
-- first time the viewer asks for it.
alter table bim_models rename column fragments_bytes to geometry_bytes;
update bim_models set geometry_bytes = null;
