-- Development NYC regions: approximate borough and neighborhood polygons (WGS 84) for local runs and
-- tests. Production loads real boundaries with `db-tool import-regions --file <GeoJSON>`.
-- Clean break (pre-launch): edit this file in place.
SELECT 1;
