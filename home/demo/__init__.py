"""Demo content for the fictional Fjordlund Kommune, loaded by ``manage.py load_demo``."""
