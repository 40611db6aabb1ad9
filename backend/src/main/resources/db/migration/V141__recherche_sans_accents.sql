-- Searching people by name or address ignores accents and case (Hélène, helene, HELENE).
create extension if not exists unaccent;
