ALTER TABLE "organisations_organisation" ADD COLUMN "name_sv" text;--> statement-breakpoint
ALTER TABLE "organisations_organisation" ADD COLUMN "name_en" text;--> statement-breakpoint
-- A municipality's name in Swedish and English from the reference data (issue 12 point 19): "Espoon
-- kaupunki" is "Esbo stad" and "City of Espoo", "Porvoon kunta" would be "Borgå kommun". Only the two
-- forms the registration uses are recognised; any other name keeps showing as registered. Names given on
-- insert win, so a later command or an import can set them by hand.
CREATE OR REPLACE FUNCTION organisations_municipality_names() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  fi_name text;
  sv_name text;
BEGIN
  IF NEW.kind <> 'municipality' OR NEW.municipality_code IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT name_fi, name_sv INTO fi_name, sv_name FROM ref_municipality WHERE code = NEW.municipality_code;
  IF fi_name IS NULL THEN
    RETURN NEW;
  END IF;
  IF NEW.name ~ ' kaupunki$' THEN
    NEW.name_sv := coalesce(NEW.name_sv, sv_name || ' stad');
    NEW.name_en := coalesce(NEW.name_en, 'City of ' || fi_name);
  ELSIF NEW.name ~ ' kunta$' THEN
    NEW.name_sv := coalesce(NEW.name_sv, sv_name || ' kommun');
    NEW.name_en := coalesce(NEW.name_en, 'Municipality of ' || fi_name);
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER organisations_municipality_names BEFORE INSERT ON organisations_organisation
  FOR EACH ROW EXECUTE FUNCTION organisations_municipality_names();
--> statement-breakpoint
-- The municipalities registered before this migration.
UPDATE organisations_organisation o
SET
  name_sv = m.name_sv || CASE WHEN o.name ~ ' kaupunki$' THEN ' stad' ELSE ' kommun' END,
  name_en = CASE WHEN o.name ~ ' kaupunki$' THEN 'City of ' ELSE 'Municipality of ' END || m.name_fi
FROM ref_municipality m
WHERE o.kind = 'municipality' AND m.code = o.municipality_code AND o.name ~ ' (kaupunki|kunta)$'
  AND o.name_sv IS NULL;
