"""Knowledge: the countries table, actors and sources, each read once from `sitroom/data/` and validated.

- `countries`: `country("Syrian")`, `all_countries()`
- `actors`: `find_actors(text, country=..., on=...)`, `actor_by_name(name)`, `group_info(key)`
- `sources`: `lookup_source(phrase)`, `find_sources(text)`
"""
